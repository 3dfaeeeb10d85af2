/*
 * regress_main.c - a main() for fuzz_extract.c without libFuzzer: runs
 * LLVMFuzzerTestOneInput over every file of the directories (or files)
 * given as arguments, or by default over $top_srcdir/tests/regress (the
 * inputs the fuzzer ever crashed on, kept as regression tests),
 * $top_srcdir/fuzz/seeds, and every corpus/NAME.txt, corpus/ocr/NAME.txt
 * and corpus/extra/NAME.txt whole (as text, with the option bits for
 * compact JSON, both dumps and a path).  Built as tests/test_regress by make check; a
 * broken invariant aborts, so the test fails.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* header prepended to the text of a .txt file: compact, dumps, a path */
static const uint8_t txt_header[3] = {1 | 2 | 4 | 32, 0, 0};

static int run_file(const char *path)
{
    size_t plen = strlen(path);
    size_t hdr = plen > 4 && strcmp(path + plen - 4, ".txt") == 0 ? sizeof txt_header : 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t cap = 4096, n = hdr, got;
    uint8_t *b = malloc(cap);
    if (b && hdr)
        memcpy(b, txt_header, hdr);
    while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            uint8_t *nb = realloc(b, cap *= 2);
            if (!nb) {
                free(b);
                b = NULL;
            }
            b = nb;
        }
    }
    fclose(f);
    if (!b) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 1;
    }
    printf("%s (%zu bytes)\n", path, n);
    fflush(stdout);
    LLVMFuzzerTestOneInput(b, n);
    free(b);
    return 0;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_path(const char *path, int *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
        ++*count;
        return run_file(path);
    }
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return 1;
    }
    char *names[4096];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL && n < sizeof names / sizeof names[0])
        if (de->d_name[0] != '.')
            names[n++] = strdup(de->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char full[4096];
        snprintf(full, sizeof full, "%s/%s", path, names[i]);
        size_t len = strlen(names[i]);
        if (len > 4 && (strcmp(names[i] + len - 4, ".bin") == 0
                        || strcmp(names[i] + len - 4, ".txt") == 0)) {
            ++*count;
            bad |= run_file(full);
        }
        free(names[i]);
    }
    return bad;
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int bad = 0, count = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; i++)
            bad |= run_path(argv[i], &count);
    } else {
        const char *top = getenv("top_srcdir");
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/tests/regress", top ? top : ".");
        bad |= run_path(dir, &count);
        static const char *const dirs[] = {"fuzz/seeds", "corpus", "corpus/ocr",
                                           "corpus/extra"};
        for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
            snprintf(dir, sizeof dir, "%s/%s", top ? top : ".", dirs[i]);
            bad |= run_path(dir, &count);
        }
    }
    printf("%d inputs, %s\n", count, bad ? "FAILED" : "ok");
    return bad;
}
