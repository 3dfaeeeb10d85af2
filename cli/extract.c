/*
 * extract - command-line front end of libextract.
 *
 * extract [OPTIONS] [FILE...]: one JSON object per input (pretty for one
 * input, one compact line each for several); "-" or no FILE reads
 * standard input.  Uses the public API only.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

/* Exit codes (documented in --help and extract(1)). */
enum {
    EXIT_OK = 0,      /* every input processed */
    EXIT_INPUT = 1,   /* some input could not be processed */
    EXIT_USAGE = 2,   /* bad command line */
    EXIT_SYSTEM = 3   /* I/O error on output, or out of memory */
};

typedef struct opt_doc {
    struct option opt;
    int key;
    const char *arg;
    const char *help;
} opt_doc;

enum { OPT_HELP = 'h', OPT_VERSION = 'V', OPT_COMPACT = 'c', OPT_DUMP = 1000 };

/* One table drives both getopt_long and --help. */
static const opt_doc options[] = {
    {{"compact", no_argument, NULL, OPT_COMPACT}, OPT_COMPACT, NULL,
     "one line of JSON per input (default for several inputs)"},
    {{"dump", required_argument, NULL, OPT_DUMP}, OPT_DUMP, "lines|tokens",
     "print the line model or the tokens with their byte spans"},
    {{"help", no_argument, NULL, OPT_HELP}, OPT_HELP, NULL, "show this help and exit"},
    {{"version", no_argument, NULL, OPT_VERSION}, OPT_VERSION, NULL,
     "show the version and exit"},
};
#define NOPTS (sizeof options / sizeof options[0])

static void usage(FILE *f)
{
    fprintf(f, "Usage: extract [OPTIONS] [FILE...]\n"
               "Extract the structure of French administrative acts as JSON.\n"
               "FILE '-' or no FILE reads standard input.\n\nOptions:\n");
    for (size_t i = 0; i < NOPTS; i++) {
        char left[64];
        if (options[i].opt.has_arg == required_argument)
            snprintf(left, sizeof left, "--%s=%s", options[i].opt.name, options[i].arg);
        else
            snprintf(left, sizeof left, "--%s", options[i].opt.name);
        if (options[i].key < 256)
            fprintf(f, "  -%c, %-22s %s\n", options[i].key, left, options[i].help);
        else
            fprintf(f, "      %-22s %s\n", left, options[i].help);
    }
    fprintf(f, "\nExit status:\n"
               "  0  every input was processed\n"
               "  1  some input could not be processed (message on stderr)\n"
               "  2  usage error\n"
               "  3  output error or out of memory\n");
}

static int read_stream(FILE *f, char **data, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *b = malloc(cap);
    if (!b)
        return -1;
    for (;;) {
        if (n == cap) {
            char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(b, cap * 2);
            if (!nb) {
                free(b);
                return -1;
            }
            b = nb;
            cap *= 2;
        }
        size_t r = fread(b + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    if (ferror(f)) {
        free(b);
        return -2;
    }
    *data = b;
    *len = n;
    return 0;
}

int main(int argc, char **argv)
{
    struct option longopts[NOPTS + 1];
    char shortopts[2 * NOPTS + 1];
    size_t ns = 0;
    for (size_t i = 0; i < NOPTS; i++) {
        longopts[i] = options[i].opt;
        if (options[i].key < 256) {
            shortopts[ns++] = (char)options[i].key;
            if (options[i].opt.has_arg == required_argument)
                shortopts[ns++] = ':';
        }
    }
    shortopts[ns] = '\0';
    memset(&longopts[NOPTS], 0, sizeof longopts[NOPTS]);

    int compact = 0;
    int dump = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        switch (ch) {
        case OPT_COMPACT:
            compact = 1;
            break;
        case OPT_DUMP:
            if (strcmp(optarg, "lines") == 0)
                dump = EXTRACT_DUMP_LINES;
            else if (strcmp(optarg, "tokens") == 0)
                dump = EXTRACT_DUMP_TOKENS;
            else {
                fprintf(stderr, "extract: --dump takes 'lines' or 'tokens', not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_HELP:
            usage(stdout);
            return EXIT_OK;
        case OPT_VERSION:
            printf("extract (libextract) %s\n", extract_version());
            return EXIT_OK;
        default:
            usage(stderr);
            return EXIT_USAGE;
        }
    }

    extract_engine *eng;
    extract_status st = extract_engine_new(NULL, &eng);
    if (st != EXTRACT_OK) {
        fprintf(stderr, "extract: cannot start: %s\n", extract_strerror(st));
        return EXIT_SYSTEM;
    }
    int nfiles = argc - optind;
    static char *stdin_only[] = {"-"};
    char **files = nfiles > 0 ? argv + optind : stdin_only;
    if (nfiles == 0)
        nfiles = 1;
    if (nfiles > 1)
        compact = 1;
    int status = EXIT_OK;
    for (int i = 0; i < nfiles; i++) {
        const char *path = files[i];
        int is_stdin = strcmp(path, "-") == 0;
        char *data = NULL;
        size_t len = 0;
        FILE *f = is_stdin ? stdin : fopen(path, "rb");
        int rc = f ? read_stream(f, &data, &len) : -2;
        int err = errno;
        if (f && !is_stdin)
            fclose(f);
        if (rc == -1) {
            fprintf(stderr, "extract: %s: out of memory\n", path);
            status = EXIT_SYSTEM;
            break;
        }
        if (rc != 0) {
            fprintf(stderr, "extract: %s: %s\n", path, strerror(err));
            status = EXIT_INPUT;
            continue;
        }
        char *out = NULL;
        size_t outlen = 0;
        if (dump) {
            st = extract_dump(eng, data, len, (extract_dump_kind)dump, &out, &outlen);
        } else {
            extract_result *res = NULL;
            st = extract_buffer(eng, data, len, is_stdin ? NULL : path, &res);
            if (st == EXTRACT_OK) {
                out = extract_result_json(res, compact ? EXTRACT_JSON_COMPACT : EXTRACT_JSON_PRETTY,
                                          &outlen);
                if (!out)
                    st = EXTRACT_ERR_NOMEM;
            }
            extract_result_free(res);
        }
        free(data);
        if (st != EXTRACT_OK) {
            fprintf(stderr, "extract: %s: %s\n", path, extract_strerror(st));
            if (st == EXTRACT_ERR_NOMEM) {
                status = EXIT_SYSTEM;
                break;
            }
            status = EXIT_INPUT;
            continue;
        }
        fwrite(out, 1, outlen, stdout);
        if (!dump)
            fputc('\n', stdout);
        extract_free(out);
    }
    extract_engine_free(eng);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "extract: error writing output\n");
        return EXIT_SYSTEM;
    }
    return status;
}
