/*
 * votes.c - print the votes of each act of a French administrative text.
 *
 * A minimal program on the installed libextract: one engine, one file,
 * the result read through its json-c tree (extract_result_tree()).
 *
 *   cc -o votes votes.c $(pkg-config --cflags --libs libextract json-c)
 *   ./votes corpus/cd62-cp-2022-418.txt
 *
 * Output, one line per act and one per vote:
 *   act 1: deliberation 2022-418, 1 vote
 *     adopted: for 42, against 0, abstention 0, absent without proxy 2
 *       for: Groupe Socialiste, Républicain et Citoyen; ...
 *   act 2: convention, no vote
 *
 * Exit status: 0 on success, 1 when the file cannot be read or extracted,
 * 2 on a usage error.
 */
#include <extract.h>
#include <json-c/json.h>

#include <stdio.h>

/* the member k of object o, or NULL (absent or JSON null) */
static json_object *get(json_object *o, const char *k)
{
    json_object *v = NULL;
    return json_object_object_get_ex(o, k, &v) ? v : NULL;
}

/* ", NAME N" for a printed count; nothing for null (not printed) */
static void count(json_object *vote, const char *key, const char *name, int *first)
{
    json_object *v = get(vote, key);
    if (!v)
        return;
    printf("%s%s %lld", *first ? ": " : ", ", name, (long long)json_object_get_int64(v));
    *first = 0;
}

static void print_vote(json_object *vote)
{
    json_object *result = get(vote, "result");
    int first = 1;
    printf("    %s", result ? json_object_get_string(result) : "no result");
    if (json_object_get_boolean(get(vote, "unanimous"))) {
        printf(": unanimous");
        first = 0;
    }
    count(vote, "for", "for", &first);
    count(vote, "against", "against", &first);
    count(vote, "abstention", "abstention", &first);
    count(vote, "not_voting", "not voting", &first);
    count(vote, "absent_without_proxy", "absent without proxy", &first);
    printf("\n");
    json_object *groups = get(vote, "for_groups");
    size_t ng = groups ? json_object_array_length(groups) : 0;
    for (size_t g = 0; g < ng; g++)
        printf("%s%s", g ? "; " : "      for: ",
               json_object_get_string(json_object_array_get_idx(groups, g)));
    if (ng)
        printf("\n");
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: votes FILE\n");
        return 2;
    }
    extract_engine *engine = NULL;
    extract_result *result = NULL;
    extract_status st = extract_engine_new(NULL, &engine);
    if (st == EXTRACT_OK)
        st = extract_file(engine, argv[1], &result);
    if (st != EXTRACT_OK) {
        fprintf(stderr, "votes: %s: %s\n", argv[1], extract_strerror(st));
        extract_engine_free(engine);
        return 1;
    }

    /* borrowed: valid until extract_result_free(), never json_object_put() */
    json_object *docs = get(extract_result_tree(result), "documents");
    size_t nd = json_object_array_length(docs);
    for (size_t i = 0; i < nd; i++) {
        json_object *doc = json_object_array_get_idx(docs, i);
        json_object *number = get(doc, "number");
        json_object *votes = get(doc, "votes");
        size_t nv = json_object_array_length(votes);
        printf("act %zu: %s%s%s, ", i + 1, json_object_get_string(get(doc, "type")),
               number ? " " : "", number ? json_object_get_string(number) : "");
        if (nv == 0)
            printf("no vote\n");
        else
            printf("%zu vote%s\n", nv, nv > 1 ? "s" : "");
        for (size_t k = 0; k < nv; k++)
            print_vote(json_object_array_get_idx(votes, k));
    }

    extract_result_free(result);
    extract_engine_free(engine);
    return 0;
}
