/*
 * walk.c - the inputs of extract, one item at a time, in input order:
 * the operands in command-line order, then the paths of --files-from.
 *
 * A directory is walked depth-first; the entries of one directory are
 * read, sorted bytewise (strcmp, so the order does not depend on the
 * locale or the file system) and kept while its subtree is walked: memory
 * is the listings of the directories on the current path, never the
 * whole tree.  Symbolic links are followed; a link to a directory that is
 * already on the current path (a loop) is reported and not followed.
 * Files in directories are taken when their name matches --glob
 * (fnmatch, on the name alone); files named as operands or listed by
 * --files-from are always taken.
 *
 * Under --output-dir each file also gets its output path: DIR, then the
 * file's path with the common leading directory of all operands removed,
 * with its last extension replaced by ".json" (see extract(1)).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

typedef struct entry {
    char *name;
    unsigned char type; /* DT_* when the file system tells, else DT_UNKNOWN */
} entry;

typedef struct frame {
    char *path;      /* the directory, as its items' paths begin */
    entry *ents;
    size_t n, next;
    dev_t dev;
    ino_t ino;
} frame;

struct walker {
    const cli_config *cfg;
    bool counting;
    int operand;           /* next operand to take */
    frame *stack;
    size_t depth, cap;
    FILE *list;            /* --files-from, once the operands are done */
    bool list_done;
    char *line;
    size_t linecap;
    /* --output-dir: the common leading directory of the operands */
    size_t root_comps;
    const char *cur_prefix; /* operand being walked: its mirrored prefix */
    char *prefix_buf;
    size_t operand_len;     /* length of the operand path being walked */
};

void item_clear(item *it)
{
    free(it->path);
    free(it->outpath);
    free(it->message);
    memset(it, 0, sizeof *it);
}

static char *xstrdup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static char *join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    char *p = malloc(a + b + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    size_t n = a;
    if (n == 0 || p[n - 1] != '/')
        p[n++] = '/';
    memcpy(p + n, name, b + 1);
    return p;
}

static char *format_msg(const char *what, int err)
{
    const char *e = strerror(err);
    size_t n = strlen(what) + strlen(e) + 3;
    char *m = malloc(n);
    if (m)
        snprintf(m, n, "%s: %s", what, e);
    return m;
}

/* ---- lexical path components (for --output-dir) ---------------------- */

/* The components of path, "." and empty ones dropped; a leading "/" is a
   component of its own.  Writes at most max pointers/lengths; returns the
   count. */
static size_t components(const char *path, const char **comp, size_t *len, size_t max)
{
    size_t n = 0;
    const char *p = path;
    if (*p == '/') {
        if (n < max) {
            comp[n] = "/";
            len[n] = 1;
        }
        n++;
    }
    while (*p) {
        while (*p == '/')
            p++;
        const char *s = p;
        while (*p && *p != '/')
            p++;
        size_t l = (size_t)(p - s);
        if (l == 0 || (l == 1 && s[0] == '.'))
            continue;
        if (n < max) {
            comp[n] = s;
            len[n] = l;
        }
        n++;
    }
    return n;
}

#define MAXCOMP 512

/* Common leading directory of the operands, as a number of components. */
static size_t common_root(const cli_config *cfg)
{
    const char *c0[MAXCOMP], *c[MAXCOMP];
    size_t l0[MAXCOMP], l[MAXCOMP];
    size_t n0 = 0;
    bool first = true;
    for (int i = 0; i < cfg->npaths; i++) {
        const char *p = cfg->paths[i];
        if (strcmp(p, "-") == 0)
            continue;
        struct stat st;
        bool dir = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
        size_t n = components(p, first ? c0 : c, first ? l0 : l, MAXCOMP);
        if (n > MAXCOMP)
            n = MAXCOMP;
        if (!dir && n > 0)
            n--; /* a file: its directory */
        if (first) {
            n0 = n;
            first = false;
            continue;
        }
        size_t k = 0;
        while (k < n0 && k < n && l0[k] == l[k] && memcmp(c0[k], c[k], l[k]) == 0)
            k++;
        n0 = k;
    }
    return n0;
}

/* Append the components of path from the skip-th on to b, '/'-separated;
   false if one of them is "..", which would leave the output directory. */
static bool mirror(sbuf *b, const char *path, size_t skip)
{
    const char *c[MAXCOMP];
    size_t l[MAXCOMP];
    size_t n = components(path, c, l, MAXCOMP);
    if (n > MAXCOMP)
        return false;
    for (size_t i = skip; i < n; i++) {
        if (l[i] == 1 && c[i][0] == '/')
            continue;
        if (l[i] == 2 && c[i][0] == '.' && c[i][1] == '.')
            return false;
        if (b->n && b->p[b->n - 1] != '/')
            sbuf_add(b, "/", 1);
        sbuf_add(b, c[i], l[i]);
    }
    return true;
}

/* DIR/rel with the last extension of rel replaced by .json. */
static char *output_name(const cli_config *cfg, const char *rel)
{
    sbuf b = {0};
    sbuf_adds(&b, cfg->output_dir);
    if (b.n && b.p[b.n - 1] != '/')
        sbuf_add(&b, "/", 1);
    size_t start = b.n;
    sbuf_adds(&b, rel);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    char *base = strrchr(b.p + start, '/');
    base = base ? base + 1 : b.p + start;
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        b.n = (size_t)(dot - b.p);
    sbuf_add(&b, ".json", 6); /* with the NUL */
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    return b.p;
}

/* Fill it->outpath for a file at path: operand_prefix is the mirrored
   directory of the operand being walked (NULL: mirror path itself,
   skipping skip components).  Returns false on OOM; an impossible name
   turns the item into an error. */
static bool set_outpath(walker *w, item *it, const char *rel_in_walk, size_t skip)
{
    if (!w->cfg->output_dir || w->counting)
        return true;
    sbuf b = {0};
    bool ok;
    if (rel_in_walk) {
        sbuf_adds(&b, w->cur_prefix);
        if (b.n)
            sbuf_add(&b, "/", 1);
        sbuf_adds(&b, rel_in_walk);
        ok = w->cur_prefix != NULL;
    } else {
        ok = mirror(&b, it->path, skip);
    }
    sbuf_add(&b, "", 1);
    if (b.oom) {
        free(b.p);
        return false;
    }
    if (!ok || b.n <= 1) {
        free(b.p);
        it->kind = ITEM_ERROR;
        it->code = "output_path";
        it->message = strdup("cannot mirror this path under --output-dir (it is outside "
                             "the common directory of the inputs or has '..' in it)");
        return it->message != NULL;
    }
    it->outpath = output_name(w->cfg, b.p);
    free(b.p);
    return it->outpath != NULL;
}

/* ---- directory listings ---------------------------------------------- */

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

static void frame_free(frame *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->ents[i].name);
    free(f->ents);
    free(f->path);
}

/* Read and sort the listing of path.  Returns 0, -1 (OOM) or an errno. */
static int push_dir(walker *w, char *path, dev_t dev, ino_t ino)
{
    DIR *d = opendir(path);
    if (!d)
        return errno ? errno : EIO;
    frame f = {path, NULL, 0, 0, dev, ino};
    size_t cap = 0;
    int err = 0;
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de) {
            err = errno;
            break;
        }
        const char *nm = de->d_name;
        if (nm[0] == '.' && (nm[1] == '\0' || (nm[1] == '.' && nm[2] == '\0')))
            continue;
        if (f.n == cap) {
            size_t nc = cap ? cap * 2 : 32;
            entry *ne = realloc(f.ents, nc * sizeof *ne);
            if (!ne) {
                err = -1;
                break;
            }
            f.ents = ne;
            cap = nc;
        }
        f.ents[f.n].name = strdup(nm);
        if (!f.ents[f.n].name) {
            err = -1;
            break;
        }
#ifdef _DIRENT_HAVE_D_TYPE
        f.ents[f.n].type = de->d_type;
#else
        f.ents[f.n].type = DT_UNKNOWN;
#endif
        f.n++;
    }
    closedir(d);
    if (err == 0 && w->depth == w->cap) {
        size_t nc = w->cap ? w->cap * 2 : 16;
        frame *ns = realloc(w->stack, nc * sizeof *ns);
        if (!ns)
            err = -1;
        else {
            w->stack = ns;
            w->cap = nc;
        }
    }
    if (err != 0) {
        f.path = NULL; /* the caller keeps path */
        frame_free(&f);
        return err;
    }
    if (f.n > 1)
        qsort(f.ents, f.n, sizeof *f.ents, cmp_entry);
    w->stack[w->depth++] = f;
    return 0;
}

static void pop_dir(walker *w)
{
    frame_free(&w->stack[--w->depth]);
}

/* ---- the walker -------------------------------------------------------- */

walker *walker_new(const cli_config *cfg, bool counting)
{
    walker *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->cfg = cfg;
    w->counting = counting;
    if (cfg->output_dir && !counting)
        w->root_comps = common_root(cfg);
    return w;
}

void walker_free(walker *w)
{
    if (!w)
        return;
    while (w->depth)
        pop_dir(w);
    free(w->stack);
    if (w->list && w->list != stdin)
        fclose(w->list);
    free(w->line);
    free(w->prefix_buf);
    free(w);
}

/* An error item for path. */
static int error_item(item *it, char *path, const char *code, char *msg)
{
    it->kind = ITEM_ERROR;
    it->path = path;
    it->code = code;
    it->message = msg;
    return path && msg ? 1 : -1;
}

/* Start walking directory operand op (already known to be one). */
static int start_operand_dir(walker *w, const char *op, const struct stat *st, item *it)
{
    char *path = strdup(op);
    if (!path)
        return -1;
    /* "dir/" walks as "dir": no "dir//name" paths */
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        path[--n] = '\0';
    if (w->cfg->output_dir && !w->counting) {
        free(w->prefix_buf);
        sbuf b = {0};
        bool ok = mirror(&b, path, w->root_comps);
        sbuf_add(&b, "", 1);
        if (b.oom) {
            free(path);
            return -1;
        }
        w->prefix_buf = b.p;
        w->cur_prefix = ok ? b.p : NULL;
    }
    w->operand_len = n;
    int err = push_dir(w, path, st->st_dev, st->st_ino);
    if (err == -1) {
        free(path);
        return -1;
    }
    if (err)
        return error_item(it, path, "io", format_msg("cannot read directory", err));
    return 0;
}

/* The next entry of the innermost directory: 1 item, 0 none here
   (continue), -1 OOM. */
static int next_in_dir(walker *w, item *it)
{
    frame *f = &w->stack[w->depth - 1];
    if (f->next == f->n) {
        pop_dir(w);
        return 0;
    }
    entry *e = &f->ents[f->next++];
    char *path = join(f->path, e->name);
    if (!path)
        return -1;
    unsigned char type = e->type;
    struct stat st;
    if (type == DT_UNKNOWN || type == DT_LNK || type == DT_DIR) {
        if (stat(path, &st) != 0) {
            int err = errno;
            struct stat lst;
            bool dangling = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
            if (fnmatch(w->cfg->glob, e->name, 0) != 0 && (dangling || type != DT_DIR)) {
                free(path);
                return 0;
            }
            return error_item(it, path, "io",
                              format_msg(dangling ? "broken symbolic link" : "cannot stat", err));
        }
        type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
    }
    if (type == DT_DIR) {
        for (size_t i = 0; i < w->depth; i++) {
            if (w->stack[i].dev == st.st_dev && w->stack[i].ino == st.st_ino) {
                size_t n = strlen(w->stack[i].path) + 80;
                char *msg = malloc(n);
                if (msg)
                    snprintf(msg, n, "symbolic link loop (back to %s), not followed",
                             w->stack[i].path);
                it->kind = ITEM_NOTE;
                it->path = path;
                it->message = msg;
                return msg ? 1 : -1;
            }
        }
        int err = push_dir(w, path, st.st_dev, st.st_ino);
        if (err == -1) {
            free(path);
            return -1;
        }
        if (err)
            return error_item(it, path, "io", format_msg("cannot read directory", err));
        return 0; /* path now belongs to the new frame */
    }
    if (fnmatch(w->cfg->glob, e->name, 0) != 0) {
        free(path);
        return 0;
    }
    if (type != DT_REG) {
        it->kind = ITEM_NOTE;
        it->path = path;
        it->message = strdup("not a regular file, skipped");
        return it->message ? 1 : -1;
    }
    it->kind = ITEM_FILE;
    it->path = path;
    const char *rel = path + w->operand_len;
    if (*rel == '/')
        rel++;
    if (!set_outpath(w, it, rel, 0))
        return -1;
    return 1;
}

/* The next path of --files-from: 1, 0 (end), -1 (OOM). */
static int next_listed(walker *w, item *it)
{
    const cli_config *cfg = w->cfg;
    if (!w->list) {
        if (strcmp(cfg->files_from, "-") == 0) {
            if (w->counting) {
                w->list_done = true;
                return 0;
            }
            w->list = stdin;
        } else {
            w->list = fopen(cfg->files_from, "r");
            if (!w->list) {
                w->list_done = true;
                if (w->counting)
                    return 0;
                return error_item(it, strdup(cfg->files_from), "io",
                                  format_msg("cannot open --files-from list", errno));
            }
        }
    }
    for (;;) {
        errno = 0;
        ssize_t n = getdelim(&w->line, &w->linecap, cfg->nul_separated ? '\0' : '\n', w->list);
        if (n < 0) {
            int err = errno;
            bool bad = ferror(w->list);
            w->list_done = true;
            if (err == ENOMEM)
                return -1;
            if (bad && !w->counting)
                return error_item(it, strdup(cfg->files_from), "io",
                                  format_msg("cannot read --files-from list", err ? err : EIO));
            return 0;
        }
        size_t len = (size_t)n;
        if (len && w->line[len - 1] == (cfg->nul_separated ? '\0' : '\n'))
            len--;
        if (!cfg->nul_separated && len && w->line[len - 1] == '\r')
            len--;
        if (len == 0)
            continue;
        it->kind = ITEM_FILE;
        it->path = strndup(w->line, len);
        if (!it->path)
            return -1;
        if (strlen(it->path) != len) /* a NUL inside a newline-separated list */
            continue;
        if (!set_outpath(w, it, NULL, 0))
            return -1;
        return 1;
    }
}

int walker_next(walker *w, item *it)
{
    memset(it, 0, sizeof *it);
    for (;;) {
        if (w->depth) {
            int r = next_in_dir(w, it);
            if (r)
                return r;
            continue;
        }
        if (w->operand < w->cfg->npaths) {
            const char *op = w->cfg->paths[w->operand++];
            if (strcmp(op, "-") == 0) {
                it->kind = ITEM_STDIN;
                it->path = strdup("-");
                return it->path ? 1 : -1;
            }
            struct stat st;
            if (stat(op, &st) == 0 && S_ISDIR(st.st_mode)) {
                int r = start_operand_dir(w, op, &st, it);
                if (r)
                    return r;
                continue;
            }
            /* a file, or something the worker will report */
            it->kind = ITEM_FILE;
            it->path = xstrdup(op);
            if (!it->path)
                return -1;
            if (!set_outpath(w, it, NULL, w->root_comps))
                return -1;
            return 1;
        }
        if (w->operand == 0 && w->cfg->npaths == 0 && !w->cfg->files_from) {
            w->operand = 1; /* no operand: standard input */
            it->kind = ITEM_STDIN;
            it->path = strdup("-");
            return it->path ? 1 : -1;
        }
        if (w->cfg->files_from && !w->list_done)
            return next_listed(w, it);
        return 0;
    }
}
