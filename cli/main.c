/*
 * main.c - command line of extract, the front end of libextract.
 *
 * extract [OPTIONS] [PATH...]: one JSON object per input file (pretty for
 * one file, one compact line each for several), or SCDL CSV rows, or one
 * NAME.json per input under --output-dir.  A PATH is a file, a directory
 * (walked recursively) or "-" for standard input; no PATH reads standard
 * input.  One table drives getopt_long and --help; the run itself is in
 * batch.c.  Exit codes: see the enum in cli.h, usage() and extract(1).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(HAVE_MALLOC_H) && defined(HAVE_MALLOPT)
#include <malloc.h>
#endif

#include "cli.h"

typedef struct opt_doc {
    struct option opt;
    int key;
    const char *arg;
    const char *help;
} opt_doc;

enum {
    OPT_HELP = 'h',
    OPT_VERSION = 'V',
    OPT_COMPACT = 'c',
    OPT_FORMAT = 'f',
    OPT_GLOB = 'g',
    OPT_JOBS = 'j',
    OPT_OUTPUT_DIR = 'o',
    OPT_NUL = '0',
    OPT_DUMP = 1000,
    OPT_MAX_SIZE,
    OPT_FILES_FROM,
    OPT_SKIP_EXISTING,
    OPT_PROGRESS,
    OPT_NO_PROGRESS,
    OPT_STATS,
    OPT_SIRET,
    OPT_COLLECTIVITY,
    OPT_SCHEMA
};

/* One table drives both getopt_long and --help. */
static const opt_doc options[] = {
    {{"format", required_argument, NULL, OPT_FORMAT}, OPT_FORMAT, "json|jsonl|scdl",
     "output format (json for one file, jsonl otherwise)"},
    {{"compact", no_argument, NULL, OPT_COMPACT}, OPT_COMPACT, NULL,
     "json: one line per object instead of indented"},
    {{"output-dir", required_argument, NULL, OPT_OUTPUT_DIR}, OPT_OUTPUT_DIR, "DIR",
     "write one NAME.json per input under DIR, mirroring the inputs"},
    {{"skip-existing", no_argument, NULL, OPT_SKIP_EXISTING}, OPT_SKIP_EXISTING, NULL,
     "with --output-dir: skip inputs whose NAME.json exists"},
    {{"glob", required_argument, NULL, OPT_GLOB}, OPT_GLOB, "PATTERN",
     "file names taken in directories (default *.txt)"},
    {{"files-from", required_argument, NULL, OPT_FILES_FROM}, OPT_FILES_FROM, "FILE",
     "read input paths from FILE ('-': standard input), one a line"},
    {{"null", no_argument, NULL, OPT_NUL}, OPT_NUL, NULL,
     "--files-from paths end with NUL (as find -print0)"},
    {{"max-size", required_argument, NULL, OPT_MAX_SIZE}, OPT_MAX_SIZE, "SIZE",
     "skip files larger than SIZE bytes (K, M, G suffixes; default 64M)"},
    {{"jobs", required_argument, NULL, OPT_JOBS}, OPT_JOBS, "N",
     "extract N files at a time (default: online CPUs)"},
    {{"progress", no_argument, NULL, OPT_PROGRESS}, OPT_PROGRESS, NULL,
     "show a progress line on stderr even if not a terminal"},
    {{"no-progress", no_argument, NULL, OPT_NO_PROGRESS}, OPT_NO_PROGRESS, NULL,
     "never show the progress line"},
    {{"stats", no_argument, NULL, OPT_STATS}, OPT_STATS, NULL,
     "print a closing summary on stderr"},
    {{"siret", required_argument, NULL, OPT_SIRET}, OPT_SIRET, "SIRET",
     "scdl: COLL_SIRET when the text gives none"},
    {{"collectivity", required_argument, NULL, OPT_COLLECTIVITY}, OPT_COLLECTIVITY, "NAME",
     "scdl: COLL_NOM when the text gives none"},
    {{"dump", required_argument, NULL, OPT_DUMP}, OPT_DUMP, "lines|tokens",
     "print the line model or the tokens with their byte spans"},
    {{"schema", no_argument, NULL, OPT_SCHEMA}, OPT_SCHEMA, NULL,
     "print the JSON Schema of the output and exit"},
    {{"help", no_argument, NULL, OPT_HELP}, OPT_HELP, NULL, "show this help and exit"},
    {{"version", no_argument, NULL, OPT_VERSION}, OPT_VERSION, NULL,
     "show the version and exit"},
};
#define NOPTS (sizeof options / sizeof options[0])

static void usage(FILE *f)
{
    fprintf(f, "Usage: extract [OPTIONS] [PATH...]\n"
               "Extract the structure of French administrative acts as JSON.\n"
               "A PATH is a file, a directory (walked recursively, sorted) or '-'\n"
               "for standard input; no PATH reads standard input.\n\nOptions:\n");
    for (size_t i = 0; i < NOPTS; i++) {
        char left[64];
        if (options[i].opt.has_arg == required_argument)
            snprintf(left, sizeof left, "--%s=%s", options[i].opt.name, options[i].arg);
        else
            snprintf(left, sizeof left, "--%s", options[i].opt.name);
        if (options[i].key < 256)
            fprintf(f, "  -%c, %-24s %s\n", options[i].key, left, options[i].help);
        else
            fprintf(f, "      %-24s %s\n", left, options[i].help);
    }
    fprintf(f, "\nExit status:\n"
               "  0    every input was processed\n"
               "  1    some input could not be processed (message on stderr)\n"
               "  2    usage error\n"
               "  3    output error or out of memory\n"
               "  130  interrupted by SIGINT, 143 by SIGTERM (files in flight finished)\n");
}

/* "64M" -> 67108864; K, M, G are powers of 1024.  0 on error. */
static size_t parse_size(const char *s)
{
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *s == '-')
        return 0;
    unsigned shift = 0;
    switch (*end) {
    case '\0': break;
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: return 0;
    }
    if (*end != '\0' || v == 0 || v > (SIZE_MAX >> shift))
        return 0;
    return (size_t)(v << shift);
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("extract: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n(extract --help lists the options)\n", stderr);
    return EXIT_USAGE;
}

static int is_directory(const char *path)
{
    struct stat st;
    return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* glibc's allocator gives the memory of a large input back to the
   system when it is freed (heap trimmed above 128 KiB free, big blocks
   unmapped), and takes it again for the next input: page faults and
   brk/mmap calls for every file.  Keep up to 64 MiB at the top of the
   heap and serve blocks up to 64 MiB from the heap (32 MiB where glibc
   refuses more: older versions cap it there on 64-bit).  Not when the user tunes the allocator (GLIBC_TUNABLES with
   glibc.malloc): theirs wins.  README, "Memory", says how a program
   using the library gets the same. */
static void tune_malloc(void)
{
#if defined(HAVE_MALLOC_H) && defined(HAVE_MALLOPT) && defined(M_TRIM_THRESHOLD) \
    && defined(M_MMAP_THRESHOLD)
    const char *t = getenv("GLIBC_TUNABLES");
    if (t && strstr(t, "glibc.malloc."))
        return;
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    if (!mallopt(M_MMAP_THRESHOLD, 64 << 20))
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

int main(int argc, char **argv)
{
    tune_malloc();
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

    cli_config cfg = {0};
    cfg.glob = "*.txt";
    cfg.max_size = (size_t)64 << 20;
    cfg.progress = -1;
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    cfg.jobs = online > 0 ? (online > 256 ? 256 : (int)online) : 1;
    int format_set = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        switch (ch) {
        case OPT_COMPACT:
            cfg.compact = true;
            break;
        case OPT_FORMAT:
            if (strcmp(optarg, "json") == 0)
                cfg.format = FMT_JSON;
            else if (strcmp(optarg, "jsonl") == 0)
                cfg.format = FMT_JSONL;
            else if (strcmp(optarg, "scdl") == 0)
                cfg.format = FMT_SCDL;
            else
                return usage_error("--format takes json, jsonl or scdl, not '%s'", optarg);
            format_set = 1;
            break;
        case OPT_GLOB:
            cfg.glob = optarg;
            break;
        case OPT_JOBS: {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || v < 1 || v > 1024)
                return usage_error("--jobs takes a number from 1 to 1024, not '%s'", optarg);
            cfg.jobs = (int)v;
            break;
        }
        case OPT_OUTPUT_DIR:
            if (!*optarg)
                return usage_error("--output-dir needs a directory%s", "");
            cfg.output_dir = optarg;
            break;
        case OPT_NUL:
            cfg.nul_separated = true;
            break;
        case OPT_MAX_SIZE:
            cfg.max_size = parse_size(optarg);
            if (cfg.max_size == 0)
                return usage_error("--max-size takes a positive size such as 65536, 512K, "
                                   "64M or 1G, not '%s'", optarg);
            break;
        case OPT_FILES_FROM:
            cfg.files_from = optarg;
            break;
        case OPT_SKIP_EXISTING:
            cfg.skip_existing = true;
            break;
        case OPT_PROGRESS:
            cfg.progress = 1;
            break;
        case OPT_NO_PROGRESS:
            cfg.progress = 0;
            break;
        case OPT_STATS:
            cfg.stats = true;
            break;
        case OPT_SIRET:
            if (strlen(optarg) != 14 || strspn(optarg, "0123456789") != 14)
                return usage_error("--siret takes 14 digits without spaces, not '%s'", optarg);
            cfg.siret = optarg;
            break;
        case OPT_COLLECTIVITY:
            cfg.collectivity = optarg;
            break;
        case OPT_DUMP:
            if (strcmp(optarg, "lines") == 0)
                cfg.dump = EXTRACT_DUMP_LINES;
            else if (strcmp(optarg, "tokens") == 0)
                cfg.dump = EXTRACT_DUMP_TOKENS;
            else
                return usage_error("--dump takes 'lines' or 'tokens', not '%s'", optarg);
            break;
        case OPT_HELP:
            usage(stdout);
            return EXIT_OK;
        case OPT_VERSION:
            printf("extract (libextract) %s\n", extract_version());
            return EXIT_OK;
        case OPT_SCHEMA:
            if (fputs(cli_schema, stdout) == EOF || fflush(stdout) == EOF) {
                fprintf(stderr, "extract: cannot write the schema: %s\n", strerror(errno));
                return EXIT_SYSTEM;
            }
            return EXIT_OK;
        default:
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    cfg.paths = argv + optind;
    cfg.npaths = argc - optind;

    /* Standard input is read at most once, and never mirrored. */
    int stdin_uses = cfg.files_from && strcmp(cfg.files_from, "-") == 0;
    for (int i = 0; i < cfg.npaths; i++)
        stdin_uses += strcmp(cfg.paths[i], "-") == 0;
    int reads_stdin_data = cfg.npaths == 0 && !cfg.files_from;
    for (int i = 0; i < cfg.npaths; i++)
        reads_stdin_data |= strcmp(cfg.paths[i], "-") == 0;
    if (stdin_uses > 1)
        return usage_error("standard input ('-') can be used only once%s", "");
    if (cfg.nul_separated && !cfg.files_from)
        return usage_error("-0/--null goes with --files-from%s", "");
    if (cfg.skip_existing && !cfg.output_dir)
        return usage_error("--skip-existing goes with --output-dir%s", "");
    if (cfg.output_dir && reads_stdin_data)
        return usage_error("--output-dir cannot name the output of standard input%s", "");
    if (cfg.output_dir && (cfg.dump || (format_set && cfg.format == FMT_SCDL)))
        return usage_error("--output-dir writes JSON only (no --dump, no --format=scdl)%s", "");
    if (cfg.dump && format_set && cfg.format != FMT_JSON)
        return usage_error("--dump cannot be combined with --format%s", "");
    if (!format_set) {
        /* json for one file (or standard input) and for the files of
           --output-dir (pretty unless --compact), jsonl otherwise. */
        int single = !cfg.files_from && cfg.npaths <= 1
                     && !(cfg.npaths == 1 && is_directory(cfg.paths[0]));
        cfg.format = single || cfg.output_dir ? FMT_JSON : FMT_JSONL;
    }
    mode_t m = umask(0);
    umask(m);
    cfg.umask = m;

    extract_options eo = {0};
    eo.abi_version = EXTRACT_OPTIONS_ABI;
    eo.max_size = cfg.max_size;
    extract_engine *eng;
    extract_status st = extract_engine_new(&eo, &eng);
    if (st != EXTRACT_OK) {
        fprintf(stderr, "extract: cannot start: %s\n", extract_strerror(st));
        return EXIT_SYSTEM;
    }
    int status = batch_run(&cfg, eng);
    extract_engine_free(eng);
    return status;
}
