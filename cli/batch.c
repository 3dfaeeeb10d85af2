/*
 * batch.c - the run: a walker thread, N worker threads sharing one
 * engine, and the main thread writing the outcomes in input order.
 *
 * One ring of W = 4 x jobs slots is both the work queue and the reorder
 * window.  The walker gives each item the next sequence number s and puts
 * it in slot s % W, waiting while s is W ahead of the next item to write;
 * workers take items in sequence order; the main thread writes slot
 * "emitted" when it is done.  So at most W inputs are held at a time
 * (read, extracted or rendered), whatever the size of the archive, and
 * the output is the same for every --jobs.
 *
 * SIGINT/SIGTERM set a flag: the walker stops, workers take no new item,
 * the items already taken are finished and written whole, and the run
 * ends with 130/143.  All of standard output and standard error is
 * written by the main thread (progress line included), so lines never
 * mix.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* The only global of the tool: what a signal handler may set. */
static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
    got_signal = sig;
}

enum { SLOT_FREE, SLOT_QUEUED, SLOT_DONE };

typedef struct slot {
    int state;
    item it;
    outcome oc;
} slot;

typedef struct batch {
    const cli_config *cfg;
    const extract_engine *eng;
    pthread_mutex_t mu;
    pthread_cond_t cv_work;  /* workers: an item was queued, or the end */
    pthread_cond_t cv_space; /* walker: a slot was freed */
    pthread_cond_t cv_done;  /* main: an item is done */
    slot *ring;
    size_t cap;
    uint64_t produced, started, emitted; /* sequence numbers */
    bool walk_done, stop, walk_oom;
    walker *w;
    /* progress: total inputs, counted by a second walker */
    walker *counter;
    uint64_t total;
    bool total_known, counter_quit;
} batch;

static void *walk_thread(void *arg)
{
    batch *b = arg;
    for (;;) {
        item it;
        int r = walker_next(b->w, &it);
        pthread_mutex_lock(&b->mu);
        if (r <= 0 || b->stop) {
            if (r < 0)
                b->walk_oom = true;
            if (r > 0)
                item_clear(&it);
            b->walk_done = true;
            pthread_cond_broadcast(&b->cv_work);
            pthread_cond_broadcast(&b->cv_done);
            pthread_mutex_unlock(&b->mu);
            return NULL;
        }
        while (b->produced - b->emitted >= b->cap && !b->stop)
            pthread_cond_wait(&b->cv_space, &b->mu);
        if (b->stop) {
            item_clear(&it);
            b->walk_done = true;
            pthread_cond_broadcast(&b->cv_work);
            pthread_cond_broadcast(&b->cv_done);
            pthread_mutex_unlock(&b->mu);
            return NULL;
        }
        slot *s = &b->ring[b->produced % b->cap];
        s->it = it;
        s->state = SLOT_QUEUED;
        b->produced++;
        pthread_cond_signal(&b->cv_work);
        pthread_mutex_unlock(&b->mu);
    }
}

static void *work_thread(void *arg)
{
    batch *b = arg;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (b->started == b->produced && !b->walk_done && !b->stop)
            pthread_cond_wait(&b->cv_work, &b->mu);
        if (b->stop || b->started == b->produced)
            break;
        slot *s = &b->ring[b->started % b->cap];
        b->started++;
        pthread_mutex_unlock(&b->mu);
        outcome oc;
        process_item(b->cfg, b->eng, &s->it, &oc);
        pthread_mutex_lock(&b->mu);
        s->oc = oc;
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&b->cv_done);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

static void *count_thread(void *arg)
{
    batch *b = arg;
    uint64_t n = 0;
    item it;
    int r;
    while ((r = walker_next(b->counter, &it)) > 0) {
        if (it.kind == ITEM_FILE || it.kind == ITEM_STDIN || it.kind == ITEM_ERROR)
            n++;
        item_clear(&it);
        pthread_mutex_lock(&b->mu);
        bool quit = b->counter_quit;
        pthread_mutex_unlock(&b->mu);
        if (quit)
            return NULL;
    }
    pthread_mutex_lock(&b->mu);
    if (r == 0) {
        b->total = n;
        b->total_known = true;
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* ---- progress and statistics -------------------------------------------- */

typedef struct tally {
    uint64_t files, errors, skipped, bytes, documents, rows;
} tally;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_line(const tally *t, uint64_t total, bool total_known, double secs)
{
    double mbs = secs > 0 ? (double)t->bytes / 1e6 / secs : 0;
    char eta[32] = "";
    if (total_known && t->files > 0 && total >= t->files && secs > 0.5) {
        double left = secs / (double)t->files * (double)(total - t->files);
        unsigned long s = (unsigned long)(left + 0.5);
        snprintf(eta, sizeof eta, ", ETA %lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
    }
    if (total_known)
        fprintf(stderr, "\rextract: %llu/%llu files, %.1f MB/s, %llu errors%s\033[K",
                (unsigned long long)t->files, (unsigned long long)total, mbs,
                (unsigned long long)t->errors, eta);
    else
        fprintf(stderr, "\rextract: %llu files, %.1f MB/s, %llu errors\033[K",
                (unsigned long long)t->files, mbs, (unsigned long long)t->errors);
    fflush(stderr);
}

static void progress_clear(void)
{
    fputs("\r\033[K", stderr);
}

/* ---- the run -------------------------------------------------------------- */

/* Write one outcome; returns false when standard output failed. */
static bool emit(const item *it, const outcome *oc, tally *t, int *status,
                 bool progress_shown)
{
    if (oc->message) {
        if (progress_shown)
            progress_clear();
        fprintf(stderr, "extract: %s: %s%s\n", it->path, oc->note ? "warning: " : "",
                oc->message);
    }
    if (oc->counted) {
        t->files++;
        t->bytes += oc->bytes;
        t->documents += oc->documents;
        t->rows += oc->rows;
        t->skipped += oc->skipped;
        t->errors += oc->code != NULL;
    }
    if (oc->exit_status > *status)
        *status = oc->exit_status;
    if (oc->fatal) {
        if (!oc->message) {
            if (progress_shown)
                progress_clear();
            fprintf(stderr, "extract: %s: out of memory\n", it->path);
        }
        *status = EXIT_SYSTEM;
        return false;
    }
    if (oc->outlen && fwrite(oc->out, 1, oc->outlen, stdout) != oc->outlen)
        return false;
    return true;
}

int batch_run(const cli_config *cfg, const extract_engine *eng)
{
    batch b = {0};
    b.cfg = cfg;
    b.eng = eng;
    b.cap = (size_t)cfg->jobs * 4;
    if (b.cap < 8)
        b.cap = 8;
    b.ring = calloc(b.cap, sizeof *b.ring);
    b.w = walker_new(cfg, false);
    bool progress = cfg->progress == 1 || (cfg->progress == -1 && isatty(2));
    /* The total for the progress line: a second walk, except of a list
       read from standard input (it can be read once only). */
    bool countable = !(cfg->files_from && strcmp(cfg->files_from, "-") == 0);
    if (progress && countable)
        b.counter = walker_new(cfg, true);
    pthread_t *workers = calloc((size_t)cfg->jobs, sizeof *workers);
    if (!b.ring || !b.w || !workers || (progress && countable && !b.counter)) {
        fprintf(stderr, "extract: out of memory\n");
        return EXIT_SYSTEM;
    }
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.cv_work, NULL);
    pthread_cond_init(&b.cv_space, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&b.cv_done, &ca);
    pthread_condattr_destroy(&ca);

    /* Signals go to this thread only: block them in the others. */
    sigset_t sigs, old;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, &old);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND; /* a second signal acts at once */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    int status = EXIT_OK;
    pthread_t walker_tid, counter_tid;
    int nworkers = 0;
    bool walker_started = pthread_create(&walker_tid, NULL, walk_thread, &b) == 0;
    bool counter_started = b.counter && pthread_create(&counter_tid, NULL, count_thread, &b) == 0;
    for (int i = 0; i < cfg->jobs && walker_started; i++) {
        if (pthread_create(&workers[i], NULL, work_thread, &b) != 0)
            break;
        nworkers++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!walker_started || nworkers == 0) {
        fprintf(stderr, "extract: cannot start threads\n");
        pthread_mutex_lock(&b.mu);
        b.stop = true;
        pthread_cond_broadcast(&b.cv_space);
        pthread_cond_broadcast(&b.cv_work);
        pthread_mutex_unlock(&b.mu);
        status = EXIT_SYSTEM;
    }

    if (cfg->format == FMT_SCDL && !cfg->dump)
        fputs(scdl_header, stdout);

    tally t = {0};
    double t0 = now(), last_progress = 0;
    bool progress_shown = false;
    bool out_failed = false;
    pthread_mutex_lock(&b.mu);
    while (status != EXIT_SYSTEM || nworkers > 0) {
        if (got_signal && !b.stop) {
            b.stop = true;
            pthread_cond_broadcast(&b.cv_space);
            pthread_cond_broadcast(&b.cv_work);
        }
        if (progress) {
            double tn = now();
            if (tn - last_progress >= 0.2) {
                last_progress = tn;
                uint64_t total = b.total;
                bool known = b.total_known;
                pthread_mutex_unlock(&b.mu);
                progress_line(&t, total, known, tn - t0);
                progress_shown = true;
                pthread_mutex_lock(&b.mu);
            }
        }
        if (b.emitted < b.started && b.ring[b.emitted % b.cap].state == SLOT_DONE) {
            slot *s = &b.ring[b.emitted % b.cap];
            pthread_mutex_unlock(&b.mu);
            bool ok = emit(&s->it, &s->oc, &t, &status, progress_shown);
            if (!ok && !s->oc.fatal)
                out_failed = true;
            item_clear(&s->it);
            outcome_clear(&s->oc);
            pthread_mutex_lock(&b.mu);
            s->state = SLOT_FREE;
            b.emitted++;
            pthread_cond_signal(&b.cv_space);
            if (!ok && !b.stop) {
                b.stop = true;
                pthread_cond_broadcast(&b.cv_space);
                pthread_cond_broadcast(&b.cv_work);
            }
            continue;
        }
        /* Done: everything walked is written, or stopped and what was
           taken is written. */
        if ((b.walk_done && b.emitted == b.produced) || (b.stop && b.emitted == b.started))
            break;
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_nsec += 100 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&b.cv_done, &b.mu, &ts);
    }
    bool walk_oom = b.walk_oom;
    bool stopped = b.stop;
    b.stop = true; /* workers: nothing more */
    b.counter_quit = true;
    pthread_cond_broadcast(&b.cv_work);
    pthread_cond_broadcast(&b.cv_space);
    pthread_mutex_unlock(&b.mu);
    for (int i = 0; i < nworkers; i++)
        pthread_join(workers[i], NULL);
    free(workers);
    pthread_mutex_lock(&b.mu);
    bool walk_done = b.walk_done || !walker_started;
    pthread_mutex_unlock(&b.mu);

    if (progress_shown)
        progress_clear();
    if (fflush(stdout) != 0 || ferror(stdout) || out_failed) {
        fprintf(stderr, "extract: error writing output: %s\n", strerror(errno));
        status = EXIT_SYSTEM;
    }
    if (walk_oom) {
        fprintf(stderr, "extract: out of memory while listing the inputs\n");
        status = EXIT_SYSTEM;
    }
    double secs = now() - t0;
    if (cfg->stats) {
        char rows[48] = "";
        if (cfg->format == FMT_SCDL && !cfg->dump)
            snprintf(rows, sizeof rows, ", %llu SCDL rows", (unsigned long long)t.rows);
        fprintf(stderr,
                "extract: %llu files (%llu errors, %llu skipped), %.1f MB, %llu documents%s, "
                "%.2f s, %.1f MB/s, %d jobs\n",
                (unsigned long long)t.files, (unsigned long long)t.errors,
                (unsigned long long)t.skipped, (double)t.bytes / 1e6,
                (unsigned long long)t.documents, rows, secs,
                secs > 0 ? (double)t.bytes / 1e6 / secs : 0.0, cfg->jobs);
    }

    int sig = got_signal;
    if (sig == SIGINT)
        status = EXIT_SIGINT;
    else if (sig == SIGTERM)
        status = EXIT_SIGTERM;
    if (stopped && sig && cfg->stats)
        fprintf(stderr, "extract: interrupted; the files in flight were finished\n");
    if (counter_started)
        pthread_join(counter_tid, NULL);
    if (!walk_done && cfg->files_from) {
        /* Stopped early while the walker may be blocked reading a
           --files-from pipe: it cannot be joined, and what it uses (this
           frame's batch, main's configuration) must outlive it, so the
           process ends here rather than returning.  A walker of files
           and directories is joined below: it sees b.stop after the item
           in hand (returning without joining it let it lock a mutex of a
           dead frame: a rare crash on SIGINT/SIGTERM under load). */
        fflush(stdout);
        exit(status);
    }
    if (walker_started)
        pthread_join(walker_tid, NULL);
    walker_free(b.w);
    walker_free(b.counter);
    for (size_t i = 0; i < b.cap; i++) {
        item_clear(&b.ring[i].it);
        outcome_clear(&b.ring[i].oc);
    }
    free(b.ring);
    pthread_cond_destroy(&b.cv_work);
    pthread_cond_destroy(&b.cv_space);
    pthread_cond_destroy(&b.cv_done);
    pthread_mutex_destroy(&b.mu);
    return status;
}
