/*
 * output.c - one input of extract, start to end, on any worker thread:
 * read it (size cap, binary check), extract it with the shared engine,
 * render what goes to standard output (a JSON object, a JSON Lines line,
 * an error line, SCDL rows or a dump), or write NAME.json under
 * --output-dir through a temporary file, fsync and rename so that a crash
 * or a kill never leaves a truncated file.
 *
 * Nothing is printed here: the outcome is handed to batch.c, which writes
 * it in input order.  Error codes of the error line: io, too_large,
 * binary, output_path, output, nomem, internal (see extract(1)).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* ---- small buffer ------------------------------------------------------ */

void sbuf_add(sbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->cap - b->n < n + 1) {
        size_t nc = b->cap ? b->cap : 256;
        while (nc - b->n < n + 1) {
            if (nc > SIZE_MAX / 2) {
                b->oom = true;
                return;
            }
            nc *= 2;
        }
        char *np = realloc(b->p, nc);
        if (!np) {
            b->oom = true;
            return;
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void sbuf_adds(sbuf *b, const char *s)
{
    sbuf_add(b, s, strlen(s));
}

void outcome_clear(outcome *oc)
{
    free(oc->out);
    free(oc->message);
    memset(oc, 0, sizeof *oc);
}

/* ---- failures ---------------------------------------------------------- */

/* Record a failure: code, message (copied), status; in jsonl mode the
   error line {"path": ..., "error": {"code": ..., "message": ...}}. */
static void fail(const cli_config *cfg, const item *it, outcome *oc, const char *code,
                 const char *msg, int status)
{
    oc->code = code;
    oc->exit_status = status;
    if (strcmp(code, "nomem") == 0)
        oc->fatal = true;
    free(oc->message);
    oc->message = strdup(msg);
    free(oc->out);
    oc->out = NULL;
    oc->outlen = 0;
    if (!oc->message)
        oc->fatal = true;
    if (cfg->format != FMT_JSONL || cfg->output_dir || cfg->dump || oc->fatal)
        return;
    json_object *o = json_object_new_object();
    json_object *e = json_object_new_object();
    json_object *p = it->kind == ITEM_STDIN ? NULL : json_object_new_string(it->path);
    json_object *c = json_object_new_string(code);
    json_object *m = json_object_new_string(msg);
    bool ok = o && e && c && m && (p || it->kind == ITEM_STDIN);
    if (ok) {
        json_object_object_add(o, "path", p);
        json_object_object_add(e, "code", c);
        json_object_object_add(e, "message", m);
        json_object_object_add(o, "error", e);
        size_t n;
        const char *s = json_object_to_json_string_length(
            o, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &n);
        oc->out = s ? malloc(n + 2) : NULL;
        if (oc->out) {
            memcpy(oc->out, s, n);
            oc->out[n] = '\n';
            oc->out[n + 1] = '\0';
            oc->outlen = n + 1;
        }
        json_object_put(o);
    } else {
        json_object_put(o);
        json_object_put(e);
        json_object_put(p);
        json_object_put(c);
        json_object_put(m);
    }
    if (!oc->out)
        oc->fatal = true;
}

static void fail_errno(const cli_config *cfg, const item *it, outcome *oc, int err)
{
    fail(cfg, it, oc, err == ENOMEM ? "nomem" : "io", strerror(err),
         err == ENOMEM ? EXIT_SYSTEM : EXIT_INPUT);
}

/* ---- reading ----------------------------------------------------------- */

/* Read the whole input into *data (malloc'd), at most cfg->max_size
   bytes.  0, or an errno, or -1 when over the cap (*len is then the size
   known so far or the file's size). */
static int read_input(const cli_config *cfg, const item *it, char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    int fd = it->kind == ITEM_STDIN ? 0 : open(it->path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return errno;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int err = errno;
        if (fd)
            close(fd);
        return err;
    }
    if (S_ISDIR(st.st_mode)) {
        if (fd)
            close(fd);
        return EISDIR;
    }
    size_t cap = 65536;
    if (S_ISREG(st.st_mode)) {
        if ((uintmax_t)st.st_size > cfg->max_size) {
            if (fd)
                close(fd);
            *len = (size_t)st.st_size;
            return -1;
        }
        cap = (size_t)st.st_size + 1; /* + 1: EOF seen in one read */
    }
    char *b = malloc(cap);
    if (!b) {
        if (fd)
            close(fd);
        return ENOMEM;
    }
    size_t n = 0;
    int err = 0;
    for (;;) {
        if (n == cap) {
            if (cap > cfg->max_size) {
                err = -1;
                break;
            }
            size_t nc = cap * 2 > cfg->max_size + 1 ? cfg->max_size + 1 : cap * 2;
            char *nb = realloc(b, nc);
            if (!nb) {
                err = ENOMEM;
                break;
            }
            b = nb;
            cap = nc;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    if (fd)
        close(fd);
    if (err == 0 && n > cfg->max_size)
        err = -1;
    if (err) {
        free(b);
        *len = n;
        return err;
    }
    *data = b;
    *len = n;
    return 0;
}

/*
 * Binary, not text: in the first 64 KiB, more than 1% NUL bytes, or more
 * than 10% control bytes other than tab, line feed, vertical tab, form
 * feed, carriage return and escape.  UTF-16 (with a byte order mark, or
 * with every other byte NUL, as libextract detects it) is text.
 */
static bool looks_binary(const unsigned char *p, size_t len)
{
    if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
        return false;
    size_t probe = len < 4096 ? len & ~(size_t)1 : 4096;
    if (probe >= 8) {
        size_t zeven = 0, zodd = 0, half = probe / 2;
        for (size_t i = 0; i < probe; i += 2) {
            zeven += p[i] == 0;
            zodd += p[i + 1] == 0;
        }
        if ((zodd * 10 >= half * 7 && zeven * 10 <= half)
            || (zeven * 10 >= half * 7 && zodd * 10 <= half))
            return false;
    }
    size_t n = len < 65536 ? len : 65536, nul = 0, ctl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == 0)
            nul++;
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r'
                  && c != 0x1B) || c == 0x7F)
            ctl++;
    }
    return nul * 100 > n || (nul + ctl) * 10 > n;
}

/* ---- --output-dir -------------------------------------------------------- */

/* mkdir -p of the directory part of path.  0 or an errno. */
static int make_parents(char *path)
{
    for (char *s = path + 1; (s = strchr(s, '/')) != NULL; s++) {
        *s = '\0';
        int r = mkdir(path, 0777);
        int err = errno;
        *s = '/';
        if (r != 0 && err != EEXIST)
            return err;
    }
    return 0;
}

/* Write data to path through path's directory/.NAME.XXXXXX, fsync,
   rename.  0 or an errno. */
static int write_atomic(const cli_config *cfg, const char *path, const char *data, size_t len)
{
    size_t pl = strlen(path);
    char *tmp = malloc(pl + 10);
    char *dir = strdup(path);
    if (!tmp || !dir) {
        free(tmp);
        free(dir);
        return ENOMEM;
    }
    const char *slash = strrchr(path, '/');
    size_t dl = slash ? (size_t)(slash - path) + 1 : 0;
    memcpy(tmp, path, dl);
    snprintf(tmp + dl, pl + 10 - dl, ".%s.XXXXXX", path + dl);
    int err = make_parents(dir);
    free(dir);
    int fd = err ? -1 : mkostemp(tmp, O_CLOEXEC);
    if (fd < 0) {
        if (!err)
            err = errno;
        free(tmp);
        return err;
    }
    size_t off = 0;
    while (off < len && !err) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno != EINTR)
                err = errno;
        } else {
            off += (size_t)w;
        }
    }
    if (!err && fchmod(fd, 0666 & ~cfg->umask) != 0)
        err = errno;
    if (!err && fsync(fd) != 0)
        err = errno;
    if (close(fd) != 0 && !err)
        err = errno;
    if (!err && rename(tmp, path) != 0)
        err = errno;
    if (err)
        unlink(tmp);
    free(tmp);
    return err;
}

/* ---- one item -------------------------------------------------------- */

static void set_out(outcome *oc, char *s, size_t n)
{
    oc->out = s;
    oc->outlen = n;
}

/* The JSON of res (+ newline) into oc->out, or into a file. */
static void render_json(const cli_config *cfg, const item *it, extract_result *res, outcome *oc)
{
    bool compact = cfg->compact || cfg->format == FMT_JSONL;
    size_t n;
    char *js = extract_result_json(res, compact ? EXTRACT_JSON_COMPACT : EXTRACT_JSON_PRETTY, &n);
    char *s = js ? malloc(n + 2) : NULL;
    if (!s) {
        extract_free(js);
        fail(cfg, it, oc, "nomem", "out of memory", EXIT_SYSTEM);
        return;
    }
    memcpy(s, js, n);
    extract_free(js);
    s[n++] = '\n';
    s[n] = '\0';
    if (!cfg->output_dir) {
        set_out(oc, s, n);
        return;
    }
    int err = write_atomic(cfg, it->outpath, s, n);
    free(s);
    if (err) {
        size_t ml = strlen(it->outpath) + strlen(strerror(err)) + 32;
        char *m = malloc(ml);
        if (m)
            snprintf(m, ml, "cannot write %s: %s", it->outpath, strerror(err));
        fail(cfg, it, oc, "output", m ? m : strerror(err), EXIT_SYSTEM);
        free(m);
    }
}

void process_item(const cli_config *cfg, const extract_engine *eng, const item *it,
                  outcome *oc)
{
    memset(oc, 0, sizeof *oc);
    if (it->kind == ITEM_NOTE) {
        oc->note = true;
        oc->message = it->message ? strdup(it->message) : NULL;
        return;
    }
    oc->counted = true;
    if (it->kind == ITEM_ERROR) {
        fail(cfg, it, oc, it->code, it->message ? it->message : "error", EXIT_INPUT);
        return;
    }
    if (cfg->output_dir && cfg->skip_existing && access(it->outpath, F_OK) == 0) {
        oc->skipped = true;
        return;
    }
    char *data;
    size_t len;
    int err = read_input(cfg, it, &data, &len);
    if (err == -1) {
        char m[160];
        if (it->kind == ITEM_STDIN || len <= cfg->max_size)
            snprintf(m, sizeof m, "larger than the --max-size limit of %zu bytes, skipped",
                     cfg->max_size);
        else
            snprintf(m, sizeof m,
                     "file of %zu bytes is larger than the --max-size limit of %zu bytes, "
                     "skipped", len, cfg->max_size);
        fail(cfg, it, oc, "too_large", m, EXIT_INPUT);
        return;
    }
    if (err) {
        fail_errno(cfg, it, oc, err);
        return;
    }
    oc->bytes = len;
    if (looks_binary((const unsigned char *)data, len)) {
        free(data);
        fail(cfg, it, oc, "binary", "binary file (NUL or control bytes), not text: skipped",
             EXIT_INPUT);
        return;
    }
    extract_status st;
    if (cfg->dump) {
        char *out = NULL;
        size_t outlen = 0;
        st = extract_dump(eng, data, len, (extract_dump_kind)cfg->dump, &out, &outlen);
        free(data);
        if (st == EXTRACT_OK) {
            /* extract_free() is free() for strings: keep it, but copy to be
               independent of the library's allocator. */
            char *s = malloc(outlen + 1);
            if (s) {
                memcpy(s, out, outlen + 1);
                set_out(oc, s, outlen);
            } else {
                st = EXTRACT_ERR_NOMEM;
            }
            extract_free(out);
        }
    } else {
        extract_result *res = NULL;
        st = extract_buffer(eng, data, len, it->kind == ITEM_STDIN ? NULL : it->path, &res);
        free(data);
        if (st == EXTRACT_OK) {
            oc->documents = extract_result_document_count(res);
            if (cfg->format == FMT_SCDL) {
                sbuf b = {0};
                oc->rows = scdl_rows(extract_result_tree(res), cfg, &b);
                if (b.oom) {
                    free(b.p);
                    st = EXTRACT_ERR_NOMEM;
                } else {
                    set_out(oc, b.p, b.n);
                }
            } else {
                render_json(cfg, it, res, oc);
            }
        }
        extract_result_free(res);
    }
    if (st != EXTRACT_OK) {
        const char *code = st == EXTRACT_ERR_NOMEM       ? "nomem"
                           : st == EXTRACT_ERR_TOO_LARGE ? "too_large"
                           : st == EXTRACT_ERR_IO        ? "io"
                                                         : "internal";
        fail(cfg, it, oc, code, extract_strerror(st),
             st == EXTRACT_ERR_NOMEM ? EXIT_SYSTEM : EXIT_INPUT);
    }
}
