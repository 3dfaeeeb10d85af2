/*
 * throughput.c - end-to-end speed of libextract through its public API.
 *
 * Loads every .txt under the given files/directories (default: the
 * corpus/ directory of the source tree, recursively) into memory, then
 * runs extract_buffer() + extract_result_json() over all of them N times:
 * once with one thread, then with one thread per online CPU sharing one
 * engine.  Prints MB/s (input bytes) and documents/s (input files), the
 * engine creation time and the peak RSS (getrusage).
 *
 *   bench/throughput [-n N] [-t THREADS] [-c] [-x K] [-1] [-q] [-m] [PATH...]
 *     -n N   passes over the inputs per thread (default 20)
 *     -t T   threads of the parallel run (default: online CPUs; 0: skip it)
 *     -c     compact JSON (default: pretty, as the CLI for one file)
 *     -x K   concatenate every input K times into ONE buffer and run that
 *            (linear-cost checks: bench/scaling.sh; peak-RSS checks)
 *     -1     one single-threaded pass only (for callgrind: see
 *            bench/instructions.sh); implies -t 0 -n 1
 *     -q     print only "seconds bytes rss_kb cpu_seconds": the fastest
 *            single-threaded pass (wall clock), the input size, the peak
 *            RSS and the fastest pass in thread CPU time
 *     -m     leave glibc's allocator as it is (default: freed memory kept
 *            for the next input, as the CLI does: see README, "Memory")
 *
 * Timings are wall clock (CLOCK_MONOTONIC), and for the single thread
 * also its CPU time (CLOCK_THREAD_CPUTIME_ID), less sensitive to a busy
 * machine.  Not part of make check:
 * built and run by make bench.
 */
#define _POSIX_C_SOURCE 200809L
#include <extract.h>

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#if defined(HAVE_MALLOC_H) && defined(HAVE_MALLOPT)
#include <malloc.h>
#endif

typedef struct input {
    char *path;
    char *data;
    size_t len;
} input;

typedef struct inputs {
    input *v;
    size_t n, cap;
    size_t bytes;
} inputs;

static void die(const char *what, const char *arg)
{
    fprintf(stderr, "throughput: %s%s%s\n", what, arg ? ": " : "", arg ? arg : "");
    exit(2);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of the calling thread: what the machine's load does not
   inflate (much), unlike the wall clock */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static void load_file(inputs *in, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die(strerror(errno), path);
    char *data = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (cap - len < 65536) {
            cap = cap ? cap * 2 : 65536;
            char *p = realloc(data, cap);
            if (!p)
                die("out of memory", NULL);
            data = p;
        }
        size_t got = fread(data + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f))
        die("read error", path);
    fclose(f);
    if (in->n == in->cap) {
        in->cap = in->cap ? in->cap * 2 : 64;
        in->v = realloc(in->v, in->cap * sizeof *in->v);
        if (!in->v)
            die("out of memory", NULL);
    }
    in->v[in->n].path = strdup(path);
    in->v[in->n].data = data;
    in->v[in->n].len = len;
    in->n++;
    in->bytes += len;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* every .txt under path (sorted, so that runs are reproducible) */
static void load_path(inputs *in, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        die(strerror(errno), path);
    if (!S_ISDIR(st.st_mode)) {
        load_file(in, path);
        return;
    }
    DIR *d = opendir(path);
    if (!d)
        die(strerror(errno), path);
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            names = realloc(names, cap * sizeof *names);
            if (!names)
                die("out of memory", NULL);
        }
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(l);
        if (!names[n])
            die("out of memory", NULL);
        snprintf(names[n], l, "%s/%s", path, e->d_name);
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (stat(names[i], &st) == 0) {
            if (S_ISDIR(st.st_mode))
                load_path(in, names[i]);
            else if (ends_with(names[i], ".txt"))
                load_file(in, names[i]);
        }
        free(names[i]);
    }
    free(names);
}

typedef struct job {
    const extract_engine *eng;
    const inputs *in;
    int passes;
    unsigned flags;
    size_t docs;      /* documents found (sum over passes) */
    size_t out_bytes; /* JSON bytes produced */
    double best;      /* fastest pass, seconds (wall clock) */
    double best_cpu;  /* fastest pass, seconds of thread CPU time */
    double cpu;       /* thread CPU time of all passes */
    int failed;
} job;

/* one pass over every input: the unit measured (and the function
   bench/instructions.sh collects under callgrind) */
__attribute__((noinline)) static int bench_pass(job *j)
{
    for (size_t i = 0; i < j->in->n; i++) {
        const input *f = &j->in->v[i];
        extract_result *r = NULL;
        extract_status st = extract_buffer(j->eng, f->data, f->len, f->path, &r);
        if (st != EXTRACT_OK) {
            fprintf(stderr, "throughput: %s: %s\n", f->path, extract_strerror(st));
            return 0;
        }
        size_t len = 0;
        char *js = extract_result_json(r, j->flags, &len);
        if (!js) {
            extract_result_free(r);
            fprintf(stderr, "throughput: %s: JSON: out of memory\n", f->path);
            return 0;
        }
        j->docs += extract_result_document_count(r);
        j->out_bytes += len;
        extract_free(js);
        extract_result_free(r);
    }
    return 1;
}

static void *run_job(void *arg)
{
    job *j = arg;
    j->best = j->best_cpu = -1;
    j->cpu = 0;
    for (int p = 0; p < j->passes && !j->failed; p++) {
        double t0 = now(), c0 = cpu_now();
        if (!bench_pass(j))
            j->failed = 1;
        double t = now() - t0, ct = cpu_now() - c0;
        if (j->best < 0 || t < j->best)
            j->best = t;
        if (j->best_cpu < 0 || ct < j->best_cpu)
            j->best_cpu = ct;
        j->cpu += ct;
    }
    return NULL;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1;
    return ru.ru_maxrss; /* kB on Linux */
}

int main(int argc, char **argv)
{
    int passes = 20, threads = -1, quiet = 0, once = 0, tune = 1;
    long concat = 0;
    unsigned flags = EXTRACT_JSON_PRETTY;
    int opt;
    while ((opt = getopt(argc, argv, "n:t:cx:1qm")) != -1) {
        switch (opt) {
        case 'n': passes = atoi(optarg); break;
        case 't': threads = atoi(optarg); break;
        case 'c': flags = EXTRACT_JSON_COMPACT; break;
        case 'x': concat = atol(optarg); break;
        case '1': once = 1; break;
        case 'q': quiet = 1; break;
        case 'm': tune = 0; break;
        default:
            fprintf(stderr, "usage: %s [-n N] [-t THREADS] [-c] [-x K] [-1] [-q] [-m] [PATH...]\n",
                    argv[0]);
            return 2;
        }
    }
    if (passes < 1)
        passes = 1;
#if defined(HAVE_MALLOC_H) && defined(HAVE_MALLOPT) && defined(M_TRIM_THRESHOLD) \
    && defined(M_MMAP_THRESHOLD)
    /* as the CLI does (cli/main.c, tune_malloc()): the memory of one
       input kept for the next; -m measures without it */
    if (tune) {
        mallopt(M_TRIM_THRESHOLD, 64 << 20);
        if (!mallopt(M_MMAP_THRESHOLD, 64 << 20))
            mallopt(M_MMAP_THRESHOLD, 32 << 20);
    }
#else
    (void)tune;
#endif
    if (threads < 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? (int)n : 1;
    }
    if (once) {
        passes = 1;
        threads = 0;
    }

    inputs in = {0};
    if (optind < argc) {
        for (int i = optind; i < argc; i++)
            load_path(&in, argv[i]);
    } else {
        const char *top = getenv("top_srcdir");
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/corpus", top && *top ? top : ".");
        load_path(&in, dir);
    }
    if (in.n == 0)
        die("no .txt input", NULL);

    if (concat > 0) {
        /* one buffer: every input, K times over, blank line between */
        size_t total = (in.bytes + 2 * in.n) * (size_t)concat;
        char *big = malloc(total ? total : 1), *p = big;
        if (!big)
            die("out of memory", NULL);
        for (long k = 0; k < concat; k++)
            for (size_t i = 0; i < in.n; i++) {
                memcpy(p, in.v[i].data, in.v[i].len);
                p += in.v[i].len;
                *p++ = '\n';
                *p++ = '\n';
            }
        for (size_t i = 0; i < in.n; i++) {
            free(in.v[i].path);
            free(in.v[i].data);
        }
        in.v[0].path = strdup("concatenation");
        in.v[0].data = big;
        in.v[0].len = (size_t)(p - big);
        in.n = 1;
        in.bytes = in.v[0].len;
    }

    double t0 = now();
    extract_engine *eng;
    extract_status st = extract_engine_new(NULL, &eng);
    if (st != EXTRACT_OK)
        die("engine", extract_strerror(st));
    double t_engine = now() - t0;

    long rss_before = peak_rss_kb();
    job j1 = {eng, &in, passes, flags, 0, 0, 0, 0, 0, 0};
    t0 = now();
    run_job(&j1);
    double t1 = now() - t0;
    if (j1.failed)
        return 1;
    double mb = (double)in.bytes * passes / 1e6;
    if (quiet) {
        printf("%.6f %zu %ld %.6f\n", j1.best, in.bytes, peak_rss_kb(), j1.best_cpu);
        extract_engine_free(eng);
        return 0;
    }
    printf("inputs:      %zu files, %zu bytes (%.3f MB)%s\n", in.n, in.bytes,
           (double)in.bytes / 1e6, concat > 0 ? " in one buffer" : "");
    printf("engine:      %.3f s to create (patterns + JIT), not counted below\n", t_engine);
    printf("json:        %s\n", flags == EXTRACT_JSON_COMPACT ? "compact" : "pretty");
    printf("1 thread:    %d pass%s in %.3f s: %.2f MB/s, %.1f documents/s"
           " (%zu acts found per pass, %zu JSON bytes)\n",
           passes, passes > 1 ? "es" : "", t1, mb / t1, (double)in.n * passes / t1,
           j1.docs / (size_t)passes, j1.out_bytes / (size_t)passes);
    printf("             CPU time %.3f s: %.2f MB/s per core busy (fastest pass %.2f MB/s)\n",
           j1.cpu, mb / j1.cpu, (double)in.bytes / 1e6 / j1.best_cpu);

    if (threads > 0) {
        job *jobs = calloc((size_t)threads, sizeof *jobs);
        pthread_t *tid = calloc((size_t)threads, sizeof *tid);
        if (!jobs || !tid)
            die("out of memory", NULL);
        t0 = now();
        for (int i = 0; i < threads; i++) {
            jobs[i] = (job){eng, &in, passes, flags, 0, 0, 0, 0, 0, 0};
            if (pthread_create(&tid[i], NULL, run_job, &jobs[i]) != 0)
                die("pthread_create failed", NULL);
        }
        int failed = 0;
        for (int i = 0; i < threads; i++) {
            pthread_join(tid[i], NULL);
            failed |= jobs[i].failed;
            if (jobs[i].out_bytes != j1.out_bytes)
                die("a thread produced different output", NULL);
        }
        double tn = now() - t0;
        if (failed)
            return 1;
        printf("%d threads:   %d pass%s each in %.3f s: %.2f MB/s total, %.2f MB/s per thread,"
               " %.1f documents/s\n",
               threads, passes, passes > 1 ? "es" : "", tn, mb * threads / tn,
               mb / tn, (double)in.n * passes * threads / tn);
        free(jobs);
        free(tid);
    }
    long rss = peak_rss_kb();
    printf("peak RSS:    %ld kB (%.1fx the input; %ld kB before the first call)\n", rss,
           (double)rss * 1024.0 / (double)in.bytes, rss_before);

    extract_engine_free(eng);
    for (size_t i = 0; i < in.n; i++) {
        free(in.v[i].path);
        free(in.v[i].data);
    }
    free(in.v);
    return 0;
}
