/*
 * test_schema.c - validate the library's output against the JSON Schema
 * of the output contract, data/extract.schema.json (draft 2020-12).
 *
 * A small validator on json-c implementing the subset of 2020-12 that the
 * schema uses: boolean schemas, type (a name or an array of names,
 * "integer" and "null" included), const, enum, minimum, maximum,
 * minLength, maxLength, pattern (PCRE2), properties, required,
 * additionalProperties (false, true or a schema), items (a schema or
 * false), prefixItems, minItems, maxItems, $ref to "#" or "#/$defs/NAME"
 * (any JSON pointer into the schema document), anyOf, oneOf, allOf.  Any
 * other keyword is an error (so that the schema can never use a keyword
 * the validator silently ignores); annotations ($schema, $id, title,
 * description, $comment, $defs, default, examples) are skipped.
 *
 * Tests:
 *   - the validator itself, keyword by keyword, on small schemas: each
 *     keyword accepts what it should and rejects what it should;
 *   - every corpus/ *.txt, corpus/ocr/ ** .txt and corpus/extra/ *.txt
 *     through extract_file(): the result tree and the re-parsed JSON text
 *     both validate;
 *   - odd inputs (empty, Windows-1252, UTF-16 with BOM, invalid bytes,
 *     NULs, standard input's null path) validate too;
 *   - negative cases: a real output with a required key removed, with a
 *     key of the wrong type, with a bad span, a bad enum value, a bad
 *     date must FAIL validation, so the test is proven able to fail.
 *
 * Environment: top_srcdir (set by make check) locates the schema and the
 * corpus; default ".".
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <dirent.h>
#include <pcre2.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "extract.h"

/* ------------------------------------------------------------------ */
/* The validator. */

typedef struct vctx {
    json_object *root;  /* the schema document, for $ref */
    int quiet;          /* > 0 inside anyOf/oneOf branches: no messages */
    int nerr;           /* errors reported (outside quiet branches) */
    int depth;          /* $ref recursion guard */
} vctx;

static void verr(vctx *v, const char *path, const char *fmt, ...)
{
    if (v->quiet)
        return;
    v->nerr++;
    if (v->nerr > 20)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "  schema: %s: ", *path ? path : "(root)");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static bool is_number(json_object *o)
{
    json_type t = json_object_get_type(o);
    return t == json_type_int || t == json_type_double;
}

static bool is_integer(json_object *o)
{
    if (json_object_get_type(o) == json_type_int)
        return true;
    if (json_object_get_type(o) == json_type_double) {
        double d = json_object_get_double(o);
        /* integral: no libm needed */
        return d >= -9.0e18 && d <= 9.0e18 && (double)(int64_t)d == d;
    }
    return false;
}

static double num_value(json_object *o)
{
    if (json_object_get_type(o) == json_type_int)
        return (double)json_object_get_int64(o);
    return json_object_get_double(o);
}

static bool type_is(json_object *inst, const char *name)
{
    json_type t = json_object_get_type(inst);
    if (!strcmp(name, "null"))
        return t == json_type_null;
    if (!strcmp(name, "boolean"))
        return t == json_type_boolean;
    if (!strcmp(name, "object"))
        return t == json_type_object;
    if (!strcmp(name, "array"))
        return t == json_type_array;
    if (!strcmp(name, "string"))
        return t == json_type_string;
    if (!strcmp(name, "number"))
        return is_number(inst);
    if (!strcmp(name, "integer"))
        return is_integer(inst);
    return false;
}

/* JSON equality as JSON Schema sees it: numbers by value, objects
   regardless of key order. */
static bool json_eq(json_object *a, json_object *b)
{
    if (is_number(a) && is_number(b))
        return num_value(a) == num_value(b);
    json_type ta = json_object_get_type(a), tb = json_object_get_type(b);
    if (ta != tb)
        return false;
    switch (ta) {
    case json_type_null:
        return true;
    case json_type_boolean:
        return json_object_get_boolean(a) == json_object_get_boolean(b);
    case json_type_string:
        return json_object_get_string_len(a) == json_object_get_string_len(b)
               && !memcmp(json_object_get_string(a), json_object_get_string(b),
                          (size_t)json_object_get_string_len(a));
    case json_type_array: {
        size_t n = json_object_array_length(a);
        if (n != json_object_array_length(b))
            return false;
        for (size_t i = 0; i < n; i++)
            if (!json_eq(json_object_array_get_idx(a, i), json_object_array_get_idx(b, i)))
                return false;
        return true;
    }
    case json_type_object: {
        if (json_object_object_length(a) != json_object_object_length(b))
            return false;
        json_object_object_foreach(a, k, va) {
            json_object *vb;
            if (!json_object_object_get_ex(b, k, &vb) || !json_eq(va, vb))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

/* Resolve "#" or "#/a/b" (JSON pointer, ~0 ~1 escapes) in the schema. */
static json_object *resolve_ref(vctx *v, const char *ref)
{
    if (ref[0] != '#')
        return NULL;
    json_object *cur = v->root;
    const char *p = ref + 1;
    while (*p) {
        if (*p != '/')
            return NULL;
        p++;
        char tok[256];
        size_t n = 0;
        while (*p && *p != '/' && n + 1 < sizeof tok) {
            if (p[0] == '~' && p[1] == '0') {
                tok[n++] = '~';
                p += 2;
            } else if (p[0] == '~' && p[1] == '1') {
                tok[n++] = '/';
                p += 2;
            } else {
                tok[n++] = *p++;
            }
        }
        tok[n] = 0;
        if (json_object_get_type(cur) == json_type_object) {
            if (!json_object_object_get_ex(cur, tok, &cur))
                return NULL;
        } else if (json_object_get_type(cur) == json_type_array) {
            char *end;
            unsigned long i = strtoul(tok, &end, 10);
            if (*end || i >= json_object_array_length(cur))
                return NULL;
            cur = json_object_array_get_idx(cur, i);
        } else {
            return NULL;
        }
    }
    return cur;
}

static size_t utf8_length(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* pattern: ECMA-262 regex, unanchored search; PCRE2 is close enough for
   the patterns of the schema. */
static int pattern_match(const char *pat, const char *s, size_t n)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
                                   &err, &off, NULL);
    if (!re)
        return -1;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    if (!md) {
        pcre2_code_free(re);
        return -1;
    }
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    if (rc >= 0)
        return 1;
    return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}

static void child_path(char *out, size_t cap, const char *path, const char *key)
{
    snprintf(out, cap, "%s/%s", path, key);
}

static void index_path(char *out, size_t cap, const char *path, size_t i)
{
    snprintf(out, cap, "%s/%zu", path, i);
}

static bool validate(vctx *v, json_object *schema, json_object *inst, const char *path);

static bool sub_quiet(vctx *v, json_object *schema, json_object *inst, const char *path)
{
    v->quiet++;
    bool ok = validate(v, schema, inst, path);
    v->quiet--;
    return ok;
}

static const char *const annotations[] = {
    "$schema", "$id", "title", "description", "$comment", "$defs",
    "default", "examples", NULL
};

static bool validate(vctx *v, json_object *schema, json_object *inst, const char *path)
{
    char cp[1024];
    json_type st = json_object_get_type(schema);
    if (st == json_type_boolean) {
        if (!json_object_get_boolean(schema)) {
            verr(v, path, "false schema: no value allowed here");
            return false;
        }
        return true;
    }
    if (st != json_type_object) {
        verr(v, path, "schema is not an object or a boolean");
        return false;
    }
    bool ok = true;
    json_object *props = NULL, *addl = NULL, *prefix = NULL, *items = NULL;
    json_object_object_get_ex(schema, "properties", &props);
    json_object_object_get_ex(schema, "additionalProperties", &addl);
    json_object_object_get_ex(schema, "prefixItems", &prefix);
    json_object_object_get_ex(schema, "items", &items);
    json_type it = json_object_get_type(inst);

    json_object_object_foreach(schema, kw, val) {
        bool known = false;
        for (size_t i = 0; annotations[i]; i++)
            if (!strcmp(kw, annotations[i]))
                known = true;
        if (known)
            continue;
        if (!strcmp(kw, "$ref")) {
            const char *ref = json_object_get_string(val);
            json_object *target = ref ? resolve_ref(v, ref) : NULL;
            if (!target) {
                verr(v, path, "$ref %s does not resolve", ref ? ref : "(not a string)");
                ok = false;
            } else if (v->depth > 64) {
                verr(v, path, "$ref nesting too deep");
                ok = false;
            } else {
                v->depth++;
                ok = validate(v, target, inst, path) && ok;
                v->depth--;
            }
        } else if (!strcmp(kw, "type")) {
            bool match = false;
            if (json_object_get_type(val) == json_type_string) {
                match = type_is(inst, json_object_get_string(val));
            } else if (json_object_get_type(val) == json_type_array) {
                for (size_t i = 0; i < json_object_array_length(val); i++)
                    match = match || type_is(inst,
                                             json_object_get_string(json_object_array_get_idx(val, i)));
            }
            if (!match) {
                verr(v, path, "type %s expected, got %s", json_object_to_json_string(val),
                     json_type_to_name(it));
                ok = false;
            }
        } else if (!strcmp(kw, "const")) {
            if (!json_eq(val, inst)) {
                verr(v, path, "const %s expected", json_object_to_json_string(val));
                ok = false;
            }
        } else if (!strcmp(kw, "enum")) {
            bool match = false;
            for (size_t i = 0; i < json_object_array_length(val) && !match; i++)
                match = json_eq(json_object_array_get_idx(val, i), inst);
            if (!match) {
                verr(v, path, "value %s not in enum %s", json_object_to_json_string(inst),
                     json_object_to_json_string(val));
                ok = false;
            }
        } else if (!strcmp(kw, "minimum") || !strcmp(kw, "maximum")) {
            if (is_number(inst)) {
                bool min = kw[1] == 'i';
                double x = num_value(inst), lim = num_value(val);
                if (min ? x < lim : x > lim) {
                    verr(v, path, "%g is %s %g", x, min ? "below the minimum" : "above the maximum",
                         lim);
                    ok = false;
                }
            }
        } else if (!strcmp(kw, "minLength") || !strcmp(kw, "maxLength")) {
            if (it == json_type_string) {
                size_t n = utf8_length(json_object_get_string(inst),
                                       (size_t)json_object_get_string_len(inst));
                int64_t lim = json_object_get_int64(val);
                bool min = kw[1] == 'i';
                if (min ? (int64_t)n < lim : (int64_t)n > lim) {
                    verr(v, path, "string of %zu characters breaks %s %lld", n, kw, (long long)lim);
                    ok = false;
                }
            }
        } else if (!strcmp(kw, "pattern")) {
            if (it == json_type_string) {
                int m = pattern_match(json_object_get_string(val), json_object_get_string(inst),
                                      (size_t)json_object_get_string_len(inst));
                if (m < 0) {
                    verr(v, path, "pattern %s does not compile", json_object_get_string(val));
                    ok = false;
                } else if (m == 0) {
                    verr(v, path, "%s does not match %s", json_object_to_json_string(inst),
                         json_object_get_string(val));
                    ok = false;
                }
            }
        } else if (!strcmp(kw, "required")) {
            if (it == json_type_object) {
                for (size_t i = 0; i < json_object_array_length(val); i++) {
                    const char *k = json_object_get_string(json_object_array_get_idx(val, i));
                    if (!json_object_object_get_ex(inst, k, NULL)) {
                        verr(v, path, "required key \"%s\" missing", k);
                        ok = false;
                    }
                }
            }
        } else if (!strcmp(kw, "properties")) {
            if (it == json_type_object) {
                json_object_object_foreach(val, k, sub) {
                    json_object *x;
                    if (json_object_object_get_ex(inst, k, &x)) {
                        child_path(cp, sizeof cp, path, k);
                        ok = validate(v, sub, x, cp) && ok;
                    }
                }
            }
        } else if (!strcmp(kw, "additionalProperties")) {
            if (it == json_type_object) {
                json_object_object_foreach(inst, k, x) {
                    if (props && json_object_object_get_ex(props, k, NULL))
                        continue;
                    child_path(cp, sizeof cp, path, k);
                    ok = validate(v, addl, x, cp) && ok;
                }
            }
        } else if (!strcmp(kw, "prefixItems")) {
            if (it == json_type_array) {
                size_t n = json_object_array_length(inst), np = json_object_array_length(val);
                for (size_t i = 0; i < n && i < np; i++) {
                    index_path(cp, sizeof cp, path, i);
                    ok = validate(v, json_object_array_get_idx(val, i),
                                  json_object_array_get_idx(inst, i), cp) && ok;
                }
            }
        } else if (!strcmp(kw, "items")) {
            if (it == json_type_array) {
                size_t from = prefix ? json_object_array_length(prefix) : 0;
                for (size_t i = from; i < json_object_array_length(inst); i++) {
                    index_path(cp, sizeof cp, path, i);
                    ok = validate(v, items, json_object_array_get_idx(inst, i), cp) && ok;
                }
            }
        } else if (!strcmp(kw, "minItems") || !strcmp(kw, "maxItems")) {
            if (it == json_type_array) {
                int64_t n = (int64_t)json_object_array_length(inst);
                int64_t lim = json_object_get_int64(val);
                bool min = kw[1] == 'i';
                if (min ? n < lim : n > lim) {
                    verr(v, path, "array of %lld items breaks %s %lld", (long long)n, kw,
                         (long long)lim);
                    ok = false;
                }
            }
        } else if (!strcmp(kw, "anyOf") || !strcmp(kw, "oneOf") || !strcmp(kw, "allOf")) {
            size_t n = json_object_array_length(val), good = 0;
            for (size_t i = 0; i < n; i++)
                good += sub_quiet(v, json_object_array_get_idx(val, i), inst, path);
            bool pass = kw[0] == 'o' ? good == 1 : kw[1] == 'n' ? good >= 1 : good == n;
            if (!pass) {
                verr(v, path, "%s: %zu of %zu subschemas match", kw, good, n);
                if (!v->quiet && kw[1] != 'n' && good == 0)
                    for (size_t i = 0; i < n; i++)
                        validate(v, json_object_array_get_idx(val, i), inst, path);
                ok = false;
            }
        } else {
            verr(v, path, "schema keyword \"%s\" is not supported by this validator", kw);
            ok = false;
        }
    }
    return ok;
}

/* Validate a whole document against a schema document; error count. */
static int validate_doc(json_object *schema, json_object *inst, bool quiet)
{
    vctx v = {schema, quiet ? 1 : 0, 0, 0};
    bool ok = validate(&v, schema, inst, "");
    if (!ok && v.nerr == 0)
        v.nerr = 1;
    return v.nerr;
}

/* ------------------------------------------------------------------ */
/* Fixtures. */

static char srcdir[4096];
static json_object *the_schema;
static extract_engine *engine;

static void path_join(char *out, size_t cap, const char *rel)
{
    snprintf(out, cap, "%s/%s", srcdir, rel);
}

static int setup(void **state)
{
    (void)state;
    const char *t = getenv("top_srcdir");
    snprintf(srcdir, sizeof srcdir, "%s", t && *t ? t : ".");
    char p[4200];
    path_join(p, sizeof p, "data/extract.schema.json");
    the_schema = json_object_from_file(p);
    if (!the_schema) {
        fprintf(stderr, "cannot read %s\n", p);
        return -1;
    }
    if (extract_engine_new(NULL, &engine) != EXTRACT_OK)
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    json_object_put(the_schema);
    extract_engine_free(engine);
    return 0;
}

/* parse JSON text; NULL is JSON null (json-c's representation) */
static json_object *parse(const char *s)
{
    enum json_tokener_error err = json_tokener_success;
    json_object *o = json_tokener_parse_verbose(s, &err);
    if (err != json_tokener_success)
        fail_msg("bad JSON in the test: %s", s);
    return o;
}

/* expect: schema text s accepts instance text i (want 0 errors) or not */
static void check(const char *s, const char *i, bool valid)
{
    json_object *so = parse(s), *io = parse(i);
    int n = validate_doc(so, io, true);
    if ((n == 0) != valid)
        fail_msg("schema %s on %s: expected %s", s, i, valid ? "valid" : "invalid");
    json_object_put(so);
    json_object_put(io);
}

/* ------------------------------------------------------------------ */
/* The validator, keyword by keyword. */

static void test_keywords(void **state)
{
    (void)state;
    check("true", "1", true);
    check("false", "1", false);
    check("{}", "{\"a\":[1,null]}", true);

    check("{\"type\":\"integer\"}", "3", true);
    check("{\"type\":\"integer\"}", "3.0", true);
    check("{\"type\":\"integer\"}", "3.5", false);
    check("{\"type\":\"integer\"}", "\"3\"", false);
    check("{\"type\":\"number\"}", "3.5", true);
    check("{\"type\":\"number\"}", "null", false);
    check("{\"type\":\"string\"}", "\"x\"", true);
    check("{\"type\":\"string\"}", "1", false);
    check("{\"type\":\"boolean\"}", "false", true);
    check("{\"type\":\"boolean\"}", "0", false);
    check("{\"type\":\"null\"}", "null", true);
    check("{\"type\":\"null\"}", "0", false);
    check("{\"type\":\"object\"}", "{}", true);
    check("{\"type\":\"object\"}", "[]", false);
    check("{\"type\":\"array\"}", "[]", true);
    check("{\"type\":\"array\"}", "{}", false);
    check("{\"type\":[\"string\",\"null\"]}", "null", true);
    check("{\"type\":[\"string\",\"null\"]}", "\"a\"", true);
    check("{\"type\":[\"string\",\"null\"]}", "1", false);

    check("{\"const\":1}", "1", true);
    check("{\"const\":1}", "1.0", true);
    check("{\"const\":1}", "2", false);
    check("{\"const\":1}", "\"1\"", false);
    check("{\"enum\":[\"a\",null]}", "null", true);
    check("{\"enum\":[\"a\",null]}", "\"a\"", true);
    check("{\"enum\":[\"a\",null]}", "\"b\"", false);
    check("{\"enum\":[{\"x\":[1]}]}", "{\"x\":[1]}", true);
    check("{\"enum\":[{\"x\":[1]}]}", "{\"x\":[2]}", false);

    check("{\"minimum\":0,\"maximum\":1}", "0", true);
    check("{\"minimum\":0,\"maximum\":1}", "1", true);
    check("{\"minimum\":0,\"maximum\":1}", "-1", false);
    check("{\"minimum\":0,\"maximum\":1}", "1.01", false);
    check("{\"minimum\":0}", "\"-1\"", true); /* applies to numbers only */

    check("{\"minLength\":2,\"maxLength\":3}", "\"\xc3\xa9t\xc3\xa9\"", true); /* 3 chars */
    check("{\"minLength\":2}", "\"\xc3\xa9\"", false);                       /* 1 char, 2 bytes */
    check("{\"maxLength\":2}", "\"abc\"", false);

    check("{\"pattern\":\"^[0-9]{4}$\"}", "\"2024\"", true);
    check("{\"pattern\":\"^[0-9]{4}$\"}", "\"20245\"", false);
    check("{\"pattern\":\"b\"}", "\"abc\"", true); /* unanchored */
    check("{\"pattern\":\"^x\"}", "3", true);      /* applies to strings only */
    check("{\"pattern\":\"(\"}", "\"x\"", false);  /* bad pattern: an error */

    check("{\"required\":[\"a\",\"b\"]}", "{\"a\":1,\"b\":null}", true);
    check("{\"required\":[\"a\",\"b\"]}", "{\"a\":1}", false);
    check("{\"properties\":{\"a\":{\"type\":\"string\"}}}", "{\"a\":\"x\",\"b\":1}", true);
    check("{\"properties\":{\"a\":{\"type\":\"string\"}}}", "{\"a\":1}", false);
    check("{\"properties\":{\"a\":{\"type\":\"string\"}}}", "{}", true);
    check("{\"properties\":{\"a\":{}},\"additionalProperties\":false}", "{\"a\":1}", true);
    check("{\"properties\":{\"a\":{}},\"additionalProperties\":false}", "{\"a\":1,\"b\":2}", false);
    check("{\"properties\":{\"a\":{}},\"additionalProperties\":true}", "{\"a\":1,\"b\":2}", true);
    check("{\"additionalProperties\":{\"type\":\"integer\"}}", "{\"a\":1,\"b\":2}", true);
    check("{\"additionalProperties\":{\"type\":\"integer\"}}", "{\"a\":1,\"b\":\"2\"}", false);

    check("{\"items\":{\"type\":\"integer\"}}", "[1,2,3]", true);
    check("{\"items\":{\"type\":\"integer\"}}", "[1,\"2\"]", false);
    check("{\"prefixItems\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"items\":false}",
          "[1,\"a\"]", true);
    check("{\"prefixItems\":[{\"type\":\"integer\"},{\"type\":\"string\"}],\"items\":false}",
          "[1,\"a\",3]", false);
    check("{\"prefixItems\":[{\"type\":\"integer\"},{\"type\":\"string\"}]}", "[1,2]", false);
    check("{\"minItems\":2,\"maxItems\":2}", "[1,2]", true);
    check("{\"minItems\":2,\"maxItems\":2}", "[1]", false);
    check("{\"minItems\":2,\"maxItems\":2}", "[1,2,3]", false);

    check("{\"anyOf\":[{\"type\":\"null\"},{\"minimum\":3}]}", "null", true);
    check("{\"anyOf\":[{\"type\":\"null\"},{\"type\":\"integer\",\"minimum\":3}]}", "2", false);
    check("{\"oneOf\":[{\"type\":\"integer\"},{\"minimum\":3}]}", "2", true);
    check("{\"oneOf\":[{\"type\":\"integer\"},{\"minimum\":3}]}", "4", false); /* both */
    check("{\"allOf\":[{\"type\":\"integer\"},{\"minimum\":3}]}", "4", true);
    check("{\"allOf\":[{\"type\":\"integer\"},{\"minimum\":3}]}", "2", false);

    check("{\"$defs\":{\"n\":{\"type\":\"integer\"}},\"items\":{\"$ref\":\"#/$defs/n\"}}", "[1]",
          true);
    check("{\"$defs\":{\"n\":{\"type\":\"integer\"}},\"items\":{\"$ref\":\"#/$defs/n\"}}", "[\"1\"]",
          false);
    check("{\"items\":{\"$ref\":\"#/$defs/missing\"}}", "[1]", false);
    /* recursion through "#": a tree of arrays of integers */
    check("{\"type\":[\"array\",\"integer\"],\"items\":{\"$ref\":\"#\"}}", "[1,[2,[3]]]", true);
    check("{\"type\":[\"array\",\"integer\"],\"items\":{\"$ref\":\"#\"}}", "[1,[2,[\"3\"]]]", false);

    /* an unknown keyword is an error, never silently ignored */
    check("{\"multipleOf\":2}", "4", false);
    check("{\"title\":\"t\",\"description\":\"d\",\"$comment\":\"c\"}", "4", true);
}

/* ------------------------------------------------------------------ */
/* The schema on real output. */

static int validate_result(const char *what, extract_result *res)
{
    int nerr = 0;
    json_object *tree = extract_result_tree(res);
    if (!tree) {
        fprintf(stderr, "%s: no result tree\n", what);
        return 1;
    }
    int n = validate_doc(the_schema, tree, false);
    if (n)
        fprintf(stderr, "%s: result tree: %d schema errors\n", what, n);
    nerr += n;
    /* the JSON text, as a consumer parses it (numbers re-read) */
    char *json = extract_result_json(res, EXTRACT_JSON_COMPACT, NULL);
    if (!json) {
        fprintf(stderr, "%s: no JSON text\n", what);
        return nerr + 1;
    }
    json_object *back = json_tokener_parse(json);
    extract_free(json);
    if (!back) {
        fprintf(stderr, "%s: JSON text does not parse\n", what);
        return nerr + 1;
    }
    n = validate_doc(the_schema, back, false);
    if (n)
        fprintf(stderr, "%s: JSON text: %d schema errors\n", what, n);
    nerr += n;
    json_object_put(back);
    return nerr;
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

/* Every *.txt under dir (recursively when deep), validated; counts. */
static void walk(const char *dir, bool deep, int *files, int *errors)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", dir);
        (*errors)++;
        return;
    }
    /* sorted for a stable log */
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char **nn = realloc(names, (n + 1) * sizeof *names);
        assert_non_null(nn);
        names = nn;
        names[n] = strdup(e->d_name);
        assert_non_null(names[n]);
        n++;
    }
    closedir(d);
    for (size_t i = 0; i + 1 < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (strcmp(names[j], names[i]) < 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    for (size_t i = 0; i < n; i++) {
        char p[8192];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        struct stat sb;
        if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            if (deep)
                walk(p, deep, files, errors);
        } else if (ends_with(names[i], ".txt")) {
            extract_result *res = NULL;
            extract_status st = extract_file(engine, p, &res);
            if (st != EXTRACT_OK) {
                fprintf(stderr, "%s: %s\n", p, extract_strerror(st));
                (*errors)++;
            } else {
                int k = validate_result(p, res);
                printf("%-6s %s\n", k ? "FAIL" : "ok", p);
                *errors += k;
                (*files)++;
            }
            extract_result_free(res);
        }
        free(names[i]);
    }
    free(names);
}

static void test_corpus(void **state)
{
    (void)state;
    int files = 0, errors = 0;
    char p[4200];
    path_join(p, sizeof p, "corpus");
    walk(p, false, &files, &errors);
    int clean = files;
    path_join(p, sizeof p, "corpus/ocr");
    walk(p, true, &files, &errors);
    int ocr = files - clean;
    path_join(p, sizeof p, "corpus/extra");
    walk(p, false, &files, &errors);
    printf("%d corpus outputs validated (%d clean, %d OCR, %d extra), %d errors\n", files, clean,
           ocr, files - clean - ocr, errors);
    assert_true(clean > 0);
    assert_true(ocr > 0);
    assert_true(files - clean - ocr > 0);
    assert_int_equal(errors, 0);
}

/* Inputs that take the unusual paths: diagnostics without a span, other
   encodings, null path. */
static void test_odd_inputs(void **state)
{
    (void)state;
#define IN(name, lit, path) {name, lit, sizeof lit - 1, path}
    static const struct {
        const char *name;
        const char *data;
        size_t len;
        const char *path;
    } in[] = {
        IN("empty", "", NULL),
        IN("cp1252", "D\xe9lib\xe9ration n\xb0 12 du 3 mars 2024 : 1 500 \x80 HT\n", "a.txt"),
        IN("utf16le", "\xff\xfe" "A\0r\0r\0\xea\0t\0\xe9\0 \0" "3\0 \0m\0a\0r\0s\0 \0"
                      "2\0" "0\0" "2\0" "4\0\n\0", "b.txt"),
        IN("utf16be", "\xfe\xff\0V\0u\0 \0l\0" "a\0 \0l\0o\0i\0\n", NULL),
        IN("invalid", "Vu la loi \xff\xfe\xc3 n\xc2\xb0 2021-1900 du 30 d\xc3\xa9" "cembre 2021\n",
           "c.txt"),
        IN("nul", "ARR\0T\xc3\x89\0 du 1er janvier 2024\n", NULL),
        IN("votes", "DELIBERATION N\xc2\xb0 1\nPour : 10\nContre : 3\nAbstention : 1\n"
                    "Votants : 12\n", NULL),
    };
#undef IN
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        extract_result *res = NULL;
        assert_int_equal(extract_buffer(engine, in[i].data, in[i].len, in[i].path, &res),
                         EXTRACT_OK);
        int k = validate_result(in[i].name, res);
        printf("%-6s %s (%zu documents, %zu diagnostics)\n", k ? "FAIL" : "ok", in[i].name,
               extract_result_document_count(res), extract_result_diagnostic_count(res));
        extract_result_free(res);
        assert_int_equal(k, 0);
    }
}

/* ------------------------------------------------------------------ */
/* Negative cases: a real output, damaged, must fail. */

static json_object *real_output(void)
{
    char p[4200];
    path_join(p, sizeof p, "corpus/cd62-cp-2022-418.txt");
    extract_result *res = NULL;
    assert_int_equal(extract_file(engine, p, &res), EXTRACT_OK);
    char *json = extract_result_json(res, EXTRACT_JSON_COMPACT, NULL);
    assert_non_null(json);
    json_object *o = json_tokener_parse(json);
    assert_non_null(o);
    extract_free(json);
    extract_result_free(res);
    /* undamaged, it validates (else the negative cases prove nothing) */
    assert_int_equal(validate_doc(the_schema, o, true), 0);
    return o;
}

static json_object *doc0(json_object *root)
{
    json_object *docs;
    assert_true(json_object_object_get_ex(root, "documents", &docs));
    assert_true(json_object_array_length(docs) > 0);
    return json_object_array_get_idx(docs, 0);
}

static json_object *get(json_object *o, const char *k)
{
    json_object *x;
    assert_true(json_object_object_get_ex(o, k, &x));
    return x;
}

static void expect_invalid(json_object *o, const char *what)
{
    int n = validate_doc(the_schema, o, true);
    if (n == 0)
        fail_msg("damaged output still validates: %s", what);
    json_object_put(o);
}

static void test_negative(void **state)
{
    (void)state;
    json_object *o;

    o = real_output();
    json_object_object_del(o, "diagnostics");
    expect_invalid(o, "top-level diagnostics removed");

    o = real_output();
    json_object_object_del(doc0(o), "title");
    expect_invalid(o, "document title removed");

    o = real_output();
    json_object_object_del(get(get(doc0(o), "attendance"), "counts"), "voting");
    expect_invalid(o, "attendance.counts.voting removed");

    o = real_output();
    json_object_object_add(o, "schema_version", json_object_new_string("1"));
    expect_invalid(o, "schema_version a string");

    o = real_output();
    json_object_object_add(o, "schema_version", json_object_new_int(2));
    expect_invalid(o, "schema_version 2");

    o = real_output();
    json_object_object_add(doc0(o), "number", json_object_new_int(2022));
    expect_invalid(o, "document number an integer");

    o = real_output();
    json_object_object_add(doc0(o), "type", json_object_new_string("decree"));
    expect_invalid(o, "document type out of the enum");

    o = real_output();
    json_object_object_add(doc0(o), "issuer", NULL);
    expect_invalid(o, "issuer null instead of an object");

    o = real_output();
    json_object_object_add(doc0(o), "span", json_object_new_array());
    expect_invalid(o, "document span empty");

    o = real_output();
    {
        json_object *sp = json_object_new_array();
        json_object_array_add(sp, json_object_new_int(-1));
        json_object_array_add(sp, json_object_new_int(5));
        json_object_object_add(doc0(o), "span", sp);
    }
    expect_invalid(o, "negative span offset");

    o = real_output();
    {
        json_object *v = json_object_array_get_idx(get(doc0(o), "votes"), 0);
        assert_non_null(v);
        json_object_object_add(v, "for", json_object_new_string("42"));
    }
    expect_invalid(o, "vote count a string");

    o = real_output();
    {
        json_object *v = json_object_array_get_idx(get(doc0(o), "votes"), 0);
        json_object_object_add(v, "unanimous", NULL);
    }
    expect_invalid(o, "vote unanimous null");

    o = real_output();
    {
        json_object *d = json_object_array_get_idx(get(doc0(o), "dates"), 0);
        assert_non_null(d);
        json_object_object_add(d, "value", json_object_new_string("17/10/2022"));
    }
    expect_invalid(o, "date value not ISO 8601");

    o = real_output();
    {
        json_object *p = json_object_array_get_idx(get(get(doc0(o), "attendance"), "present"), 0);
        assert_non_null(p);
        json_object_object_del(p, "family");
    }
    expect_invalid(o, "person without family");

    o = real_output();
    {
        json_object *p = json_object_array_get_idx(get(get(doc0(o), "attendance"), "present"), 0);
        json_object_object_add(p, "civility", json_object_new_string("Monsieur"));
    }
    expect_invalid(o, "civility not normalised");

    o = real_output();
    json_object_object_add(get(o, "source"), "sha256", json_object_new_string("abc"));
    expect_invalid(o, "sha256 not 64 hex digits");

    o = real_output();
    json_object_object_add(doc0(o), "ocr_quality", json_object_new_double(1.5));
    expect_invalid(o, "ocr_quality above 1");

    /* extra keys are allowed: the same output plus a new key validates */
    o = real_output();
    json_object_object_add(doc0(o), "some_future_key", json_object_new_string("x"));
    json_object_object_add(o, "another", json_object_new_int(1));
    assert_int_equal(validate_doc(the_schema, o, true), 0);
    json_object_put(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keywords),
        cmocka_unit_test(test_corpus),
        cmocka_unit_test(test_odd_inputs),
        cmocka_unit_test(test_negative),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
