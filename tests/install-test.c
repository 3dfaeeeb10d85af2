/*
 * install-test.c - built by tests/install.sh against the INSTALLED library
 * (pkg-config --cflags --libs libextract): checks that the header, the
 * shared library and the .pc file work together.  Prints OK on success.
 */
#include <extract.h>

#include <stdio.h>
#include <string.h>

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "install-test: %s:%d: check failed: %s\n",     \
                    __FILE__, __LINE__, #cond);                            \
            return 1;                                                      \
        }                                                                  \
    } while (0)

static const char text[] =
    "COMMUNE DE SAINT-EXEMPLE\n"
    "\n"
    "ARR\xC3\x8AT\xC3\x89 MUNICIPAL N\xC2\xB0 2024-12\n"
    "\n"
    "Le Maire de la commune de Saint-Exemple,\n"
    "Vu le code g\xC3\xA9n\xC3\xA9ral des collectivit\xC3\xA9s territoriales,\n"
    "ARR\xC3\x8ATE :\n"
    "Article 1er : une subvention de 1 500,00 \xE2\x82\xAC est accord\xC3\xA9""e.\n"
    "Fait \xC3\xA0 Saint-Exemple, le 3 mars 2024.\n";

int main(void)
{
    extract_engine *engine = NULL;
    extract_result *result = NULL;
    const char *version = extract_version();
    size_t len = 0;
    char *json;

    CHECK(version != NULL);
    CHECK(strcmp(version, EXTRACT_VERSION_STRING) == 0);
    CHECK(extract_strerror(EXTRACT_OK) != NULL);

    CHECK(extract_engine_new(NULL, &engine) == EXTRACT_OK);
    CHECK(engine != NULL);
    CHECK(extract_buffer(engine, text, sizeof text - 1, "install-test.txt",
                         &result) == EXTRACT_OK);
    CHECK(result != NULL);

    json = extract_result_json(result, EXTRACT_JSON_COMPACT, &len);
    CHECK(json != NULL);
    CHECK(len == strlen(json));
    CHECK(len > 2 && json[0] == '{' && json[len - 1] == '}');
    extract_free(json);

    extract_result_free(result);
    extract_engine_free(engine);
    printf("OK %s\n", version);
    return 0;
}
