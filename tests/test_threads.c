/* test_threads.c - 8 threads share one engine over the corpus documents
   (corpus/NAME.txt, corpus/ocr/NAME.txt, corpus/extra/NAME.txt), each thread going
   through all of them from its own starting point, and every JSON output
   must be byte for byte the single-threaded one.  Built with -pthread;
   .ci/run also runs it under ThreadSanitizer (--enable-tsan). */
#include "testutil.h"

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NTHREADS 8
#define MAXDOCS 128

typedef struct doc {
    char path[1024];
    char *data;
    size_t len;
    char *want;        /* single-threaded JSON (pretty) */
    size_t want_len;
} doc;

static doc docs[MAXDOCS];
static size_t ndocs;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0, got;
    char *b = malloc(cap);
    while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(((const doc *)a)->path, ((const doc *)b)->path);
}

static void load_dir(const char *top, const char *sub)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s/%s", top, sub);
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".txt") != 0)
            continue;
        assert_true(ndocs < MAXDOCS);
        doc *dc = &docs[ndocs++];
        snprintf(dc->path, sizeof dc->path, "%s/%s", dir, de->d_name);
        dc->data = slurp(dc->path, &dc->len);
        assert_non_null(dc->data);
    }
    closedir(d);
}

static char *run_one(const extract_engine *e, const doc *dc, size_t *len)
{
    extract_result *r = NULL;
    if (extract_buffer(e, dc->data, dc->len, dc->path, &r) != EXTRACT_OK)
        return NULL;
    char *s = extract_result_json(r, EXTRACT_JSON_PRETTY, len);
    extract_result_free(r);
    return s;
}

typedef struct job {
    const extract_engine *e;
    int index;
    size_t mismatches, failures, runs;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    for (size_t k = 0; k < ndocs; k++) {
        const doc *dc = &docs[(k + (size_t)j->index * 3) % ndocs];
        size_t len = 0;
        char *s = run_one(j->e, dc, &len);
        j->runs++;
        if (!s)
            j->failures++;
        else if (len != dc->want_len || memcmp(s, dc->want, len) != 0)
            j->mismatches++;
        extract_free(s);
    }
    return NULL;
}

static void test_threads_same_output(void **state)
{
    const extract_engine *e = *state;
    const char *top = getenv("top_srcdir");
    if (!top)
        top = ".";
    load_dir(top, "corpus");
    load_dir(top, "corpus/ocr");
    load_dir(top, "corpus/extra");
    assert_true(ndocs >= 10);
    qsort(docs, ndocs, sizeof docs[0], cmp);
    for (size_t i = 0; i < ndocs; i++) {
        docs[i].want = run_one(e, &docs[i], &docs[i].want_len);
        assert_non_null(docs[i].want);
    }
    pthread_t th[NTHREADS];
    job jobs[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i] = (job){e, i, 0, 0, 0};
        assert_int_equal(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
    }
    size_t runs = 0;
    for (int i = 0; i < NTHREADS; i++) {
        assert_int_equal(pthread_join(th[i], NULL), 0);
        assert_int_equal(jobs[i].failures, 0);
        assert_int_equal(jobs[i].mismatches, 0);
        runs += jobs[i].runs;
    }
    printf("# %zu documents, %d threads, %zu extractions, all identical\n", ndocs, NTHREADS,
           runs);
    for (size_t i = 0; i < ndocs; i++) {
        free(docs[i].data);
        extract_free(docs[i].want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_same_output),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
