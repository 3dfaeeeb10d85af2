/*
 * jsondiff - compare two JSON files semantically (used by tests/corpus.sh).
 *
 *   jsondiff [-i PATH]... EXPECTED ACTUAL
 *
 * Key order and number formatting do not matter (1, 1.0 and 1e0 are equal);
 * everything else must match exactly.  Each -i PATH (e.g. ".source.path")
 * is a path left out of the comparison.  Every difference is printed as
 * "PATH: expected X, got Y" (at most MAX_REPORTS of them).
 *
 * Exit status: 0 equal, 1 different, 2 usage or parse error.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json.h>

#define MAX_REPORTS 50
#define MAX_IGNORES 32

static const char *ignores[MAX_IGNORES];
static int n_ignores;
static int n_diffs;

typedef struct path {
    char *buf;
    size_t len, cap;
} path;

static int path_push(path *p, const char *fmt_key, const char *key, size_t idx,
                     size_t *saved)
{
    char tmp[64];
    const char *piece;
    size_t n;
    *saved = p->len;
    if (key) {
        piece = key;
    } else {
        snprintf(tmp, sizeof tmp, "[%zu]", idx);
        piece = tmp;
    }
    n = strlen(piece) + (key ? strlen(fmt_key) : 0);
    if (p->len + n + 1 > p->cap) {
        size_t cap = (p->cap ? p->cap * 2 : 256) + n;
        char *b = realloc(p->buf, cap);
        if (!b)
            return -1;
        p->buf = b;
        p->cap = cap;
    }
    if (key) {
        memcpy(p->buf + p->len, fmt_key, strlen(fmt_key));
        p->len += strlen(fmt_key);
    }
    memcpy(p->buf + p->len, piece, strlen(piece));
    p->len += strlen(piece);
    p->buf[p->len] = '\0';
    return 0;
}

static void path_pop(path *p, size_t saved)
{
    p->len = saved;
    p->buf[p->len] = '\0';
}

static const char *path_str(const path *p)
{
    return p->len ? p->buf : ".";
}

static int ignored(const path *p)
{
    for (int i = 0; i < n_ignores; i++)
        if (strcmp(ignores[i], path_str(p)) == 0)
            return 1;
    return 0;
}

static const char *type_name(json_type t)
{
    switch (t) {
    case json_type_null: return "null";
    case json_type_boolean: return "boolean";
    case json_type_double:
    case json_type_int: return "number";
    case json_type_object: return "object";
    case json_type_array: return "array";
    case json_type_string: return "string";
    }
    return "?";
}

static void show(FILE *f, struct json_object *o)
{
    const char *s = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
                                                          JSON_C_TO_STRING_NOSLASHESCAPE);
    size_t n = strlen(s);
    if (n > 120)
        fprintf(f, "%.117s...", s);
    else
        fputs(s, f);
}

/* A difference at p; a or b is NULL both for the JSON null and for a
   missing value: has_a/has_b tell which. */
static void report2(const path *p, struct json_object *a, int has_a,
                    struct json_object *b, int has_b, const char *what)
{
    n_diffs++;
    if (n_diffs > MAX_REPORTS)
        return;
    printf("%s: %s: expected ", path_str(p), what);
    if (has_a) show(stdout, a); else fputs("(absent)", stdout);
    fputs(", got ", stdout);
    if (has_b) show(stdout, b); else fputs("(absent)", stdout);
    putchar('\n');
}

static void report(const path *p, struct json_object *a, struct json_object *b,
                   const char *what)
{
    report2(p, a, 1, b, 1, what);
}

static int is_number(json_type t)
{
    return t == json_type_int || t == json_type_double;
}

static int numbers_equal(struct json_object *a, struct json_object *b)
{
    if (json_object_get_type(a) == json_type_int &&
        json_object_get_type(b) == json_type_int) {
        /* int64 and uint64 views together are exact over both ranges. */
        int64_t x = json_object_get_int64(a), y = json_object_get_int64(b);
        if (x != y)
            return 0;
        uint64_t ux = json_object_get_uint64(a), uy = json_object_get_uint64(b);
        return ux == uy;
    }
    double x = json_object_get_double(a), y = json_object_get_double(b);
    if (isnan(x) || isnan(y))
        return isnan(x) && isnan(y);
    return x == y;
}

static int compare(path *p, struct json_object *a, struct json_object *b);

static int compare_objects(path *p, struct json_object *a, struct json_object *b)
{
    int rc = 0;
    size_t saved;
    json_object_object_foreach(a, key, va) {
        struct json_object *vb;
        if (path_push(p, ".", key, 0, &saved) != 0)
            return -1;
        if (!ignored(p)) {
            if (!json_object_object_get_ex(b, key, &vb)) {
                report2(p, va, 1, NULL, 0, "missing key");
                rc = 1;
            } else {
                int r = compare(p, va, vb);
                if (r < 0) return r;
                if (r) rc = 1;
            }
        }
        path_pop(p, saved);
    }
    json_object_object_foreach(b, key2, vb2) {
        if (json_object_object_get_ex(a, key2, NULL))
            continue;
        if (path_push(p, ".", key2, 0, &saved) != 0)
            return -1;
        if (!ignored(p)) {
            report2(p, NULL, 0, vb2, 1, "unexpected key");
            rc = 1;
        }
        path_pop(p, saved);
    }
    return rc;
}

static int compare_arrays(path *p, struct json_object *a, struct json_object *b)
{
    int rc = 0;
    size_t na = json_object_array_length(a), nb = json_object_array_length(b);
    size_t n = na < nb ? na : nb, saved;
    for (size_t i = 0; i < n; i++) {
        if (path_push(p, NULL, NULL, i, &saved) != 0)
            return -1;
        if (!ignored(p)) {
            int r = compare(p, json_object_array_get_idx(a, i),
                            json_object_array_get_idx(b, i));
            if (r < 0) return r;
            if (r) rc = 1;
        }
        path_pop(p, saved);
    }
    for (size_t i = n; i < na || i < nb; i++) {
        if (path_push(p, NULL, NULL, i, &saved) != 0)
            return -1;
        if (!ignored(p)) {
            if (i < na)
                report2(p, json_object_array_get_idx(a, i), 1, NULL, 0, "missing element");
            else
                report2(p, NULL, 0, json_object_array_get_idx(b, i), 1, "unexpected element");
            rc = 1;
        }
        path_pop(p, saved);
    }
    return rc;
}

static int compare(path *p, struct json_object *a, struct json_object *b)
{
    json_type ta = json_object_get_type(a), tb = json_object_get_type(b);
    if (is_number(ta) && is_number(tb)) {
        if (numbers_equal(a, b))
            return 0;
        report(p, a, b, "different number");
        return 1;
    }
    if (ta != tb) {
        char what[64];
        snprintf(what, sizeof what, "%s instead of %s", type_name(tb), type_name(ta));
        report(p, a, b, what);
        return 1;
    }
    switch (ta) {
    case json_type_null:
        return 0;
    case json_type_boolean:
        if (json_object_get_boolean(a) == json_object_get_boolean(b))
            return 0;
        report(p, a, b, "different boolean");
        return 1;
    case json_type_string: {
        int la = json_object_get_string_len(a), lb = json_object_get_string_len(b);
        if (la == lb && memcmp(json_object_get_string(a), json_object_get_string(b),
                               (size_t)la) == 0)
            return 0;
        report(p, a, b, "different string");
        return 1;
    }
    case json_type_object:
        return compare_objects(p, a, b);
    case json_type_array:
        return compare_arrays(p, a, b);
    default:
        return 0;
    }
}

/* Parse a whole file; 0 and *out set (NULL for the JSON null) or -1. */
static int load(const char *file, struct json_object **out)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    if (!f) {
        fprintf(stderr, "jsondiff: %s: %s\n", file, strerror(errno));
        return -1;
    }
    for (;;) {
        if (cap - len < 65536) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (!nb) {
                fprintf(stderr, "jsondiff: out of memory\n");
                free(buf);
                if (f != stdin) fclose(f);
                return -1;
            }
            buf = nb;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    int err = ferror(f);
    if (f != stdin)
        fclose(f);
    if (err) {
        fprintf(stderr, "jsondiff: %s: read error\n", file);
        free(buf);
        return -1;
    }

    struct json_tokener *tok = json_tokener_new_ex(JSON_TOKENER_DEFAULT_DEPTH);
    if (!tok) {
        fprintf(stderr, "jsondiff: out of memory\n");
        free(buf);
        return -1;
    }
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
    struct json_object *o = json_tokener_parse_ex(tok, buf, (int)len);
    enum json_tokener_error jerr = json_tokener_get_error(tok);
    size_t off = json_tokener_get_parse_end(tok);
    int rc = 0;
    if (len > INT32_MAX) {
        fprintf(stderr, "jsondiff: %s: too large\n", file);
        rc = -1;
    } else if (jerr == json_tokener_continue) {
        fprintf(stderr, "jsondiff: %s: truncated or empty JSON\n", file);
        rc = -1;
    } else if (jerr != json_tokener_success) {
        fprintf(stderr, "jsondiff: %s: invalid JSON at byte %zu: %s\n", file, off,
                json_tokener_error_desc(jerr));
        rc = -1;
    } else {
        /* Only white space may follow the value. */
        for (size_t i = off; i < len; i++) {
            if (!strchr(" \t\r\n", buf[i])) {
                fprintf(stderr, "jsondiff: %s: trailing data at byte %zu\n", file, i);
                rc = -1;
                break;
            }
        }
    }
    if (rc != 0) {
        json_object_put(o);
        o = NULL;
    }
    json_tokener_free(tok);
    free(buf);
    *out = o;
    return rc;
}

static void usage(FILE *f)
{
    fputs("usage: jsondiff [-i PATH]... EXPECTED ACTUAL\n"
          "Compare two JSON files; key order and number formatting are free.\n"
          "  -i PATH   leave PATH (e.g. .source.path or .documents[0].id) out\n"
          "Exit: 0 equal, 1 different, 2 error.\n", f);
}

int main(int argc, char **argv)
{
    int i = 1;
    while (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "-i") == 0 && i + 1 < argc) {
            if (n_ignores == MAX_IGNORES) {
                fputs("jsondiff: too many -i\n", stderr);
                return 2;
            }
            ignores[n_ignores++] = argv[i + 1];
            i += 2;
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (argc - i != 2) {
        usage(stderr);
        return 2;
    }
    struct json_object *a = NULL, *b = NULL;
    if (load(argv[i], &a) != 0)
        return 2;
    if (load(argv[i + 1], &b) != 0) {
        json_object_put(a);
        return 2;
    }
    path p = {0};
    int rc = compare(&p, a, b);
    free(p.buf);
    json_object_put(a);
    json_object_put(b);
    if (rc < 0) {
        fputs("jsondiff: out of memory\n", stderr);
        return 2;
    }
    if (n_diffs > MAX_REPORTS)
        printf("... and %d more differences\n", n_diffs - MAX_REPORTS);
    return rc ? 1 : 0;
}
