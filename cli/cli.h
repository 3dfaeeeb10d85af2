/*
 * cli.h - declarations shared by the files of the extract command-line
 * tool (not installed, not part of the library).
 *
 *   main.c    options (one table drives getopt_long and --help)
 *   walk.c    the inputs: operands, directories walked lazily in sorted
 *             order, --files-from; one item at a time
 *   batch.c   the worker pool, the bounded reorder window, signals,
 *             progress and --stats
 *   output.c  one input: read (size cap, binary check), extract, render
 *             (json, jsonl, error line, dump), write under --output-dir
 *   scdl.c    the SCDL "Deliberations" CSV rows of one result
 *
 * Uses the public API of libextract only (and json-c for the result tree).
 */
#ifndef EXTRACT_CLI_H
#define EXTRACT_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "extract.h"

struct json_object;

/* Exit codes (documented in --help and extract(1)). */
enum {
    EXIT_OK = 0,        /* every input processed */
    EXIT_INPUT = 1,     /* some input could not be processed */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_SYSTEM = 3,    /* I/O error on output, or out of memory */
    EXIT_SIGINT = 130,  /* interrupted by SIGINT (128 + 2) */
    EXIT_SIGTERM = 143  /* terminated by SIGTERM (128 + 15) */
};

typedef enum out_format { FMT_JSON, FMT_JSONL, FMT_SCDL } out_format;

/* The command line, once parsed.  Read-only while the run goes. */
typedef struct cli_config {
    out_format format;
    bool compact;            /* --compact: json objects on one line */
    int dump;                /* 0 or an EXTRACT_DUMP_* */
    const char *glob;        /* file names taken in directories */
    size_t max_size;         /* per-file cap in bytes */
    const char *files_from;  /* NULL, a path, or "-" */
    bool nul_separated;      /* -0: --files-from entries end with NUL */
    const char *output_dir;  /* NULL: results go to standard output */
    bool skip_existing;
    int jobs;
    int progress;            /* -1 when stderr is a terminal, 0 no, 1 yes */
    bool stats;
    const char *siret;       /* SCDL fallbacks */
    const char *collectivity;
    char **paths;            /* the operands */
    int npaths;
    mode_t umask;            /* for the files written under output_dir */
} cli_config;

/* ---- walk.c -------------------------------------------------------- */

typedef enum item_kind {
    ITEM_FILE,   /* a file to extract (path) */
    ITEM_STDIN,  /* standard input */
    ITEM_ERROR,  /* an input that cannot be read, found while walking */
    ITEM_NOTE    /* a warning only (symlink loop, special file) */
} item_kind;

/* One input, in input order.  Strings are owned by the item. */
typedef struct item {
    item_kind kind;
    char *path;         /* as shown and as given to the library */
    char *outpath;      /* --output-dir: the NAME.json to write, or NULL */
    const char *code;   /* ITEM_ERROR: a static error code */
    char *message;      /* ITEM_ERROR, ITEM_NOTE: what went wrong */
} item;

void item_clear(item *it);

typedef struct walker walker;

/* A walker over cfg's operands then cfg->files_from.  counting: a second
   walker that only counts the inputs for the progress line (it computes
   no output path and skips a list on standard input).  Returns NULL when
   out of memory. */
walker *walker_new(const cli_config *cfg, bool counting);
/* The next item: 1 (*it filled), 0 (no more), -1 (out of memory). */
int walker_next(walker *w, item *it);
void walker_free(walker *w);

/* ---- output.c ------------------------------------------------------ */

/* A growable byte buffer; on allocation failure it sets oom and stops. */
typedef struct sbuf {
    char *p;
    size_t n, cap;
    bool oom;
} sbuf;

void sbuf_add(sbuf *b, const char *s, size_t n);
void sbuf_adds(sbuf *b, const char *s);

/* What processing one item gave; the emitter writes it in input order. */
typedef struct outcome {
    char *out;           /* bytes for standard output (may be NULL) */
    size_t outlen;
    const char *code;    /* NULL on success, else the error code */
    char *message;       /* for standard error (error or note) */
    bool note;           /* message is a warning, not a failure */
    int exit_status;     /* EXIT_OK, EXIT_INPUT or EXIT_SYSTEM */
    bool fatal;          /* out of memory: stop the run */
    bool skipped;        /* --skip-existing found the output */
    bool counted;        /* an input file (not a note) */
    uint64_t bytes;      /* input bytes read */
    size_t documents;
    size_t rows;         /* SCDL rows */
} outcome;

void outcome_clear(outcome *oc);

/* Process one item with a shared engine: thread-safe. */
void process_item(const cli_config *cfg, const extract_engine *eng,
                  const item *it, outcome *oc);

/* ---- scdl.c -------------------------------------------------------- */

/* The header line (CRLF-terminated). */
extern const char scdl_header[];

/* Append the rows of one result (the contract's root object) to b;
   returns the number of rows. */
size_t scdl_rows(struct json_object *root, const cli_config *cfg, sbuf *b);

/* ---- batch.c ------------------------------------------------------- */

/* The JSON Schema of the output (data/extract.schema.json, embedded at
   build time in the generated cli/schema.c). */
extern const char cli_schema[];

/* Run everything; returns the exit status. */
int batch_run(const cli_config *cfg, const extract_engine *eng);

#endif /* EXTRACT_CLI_H */
