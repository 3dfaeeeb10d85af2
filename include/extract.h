/*
 * extract.h - the public interface of libextract.
 *
 * libextract reads French administrative texts (deliberations, arretes,
 * conventions, rapports, proces-verbaux) and returns their structure as
 * JSON following the output contract, schema version 1 (see
 * extract-json(5)).  Every extracted element carries a byte span into the
 * input exactly as it was given.
 *
 * Ownership, once for the whole API:
 *   - Every object the library hands out (engine, result, string) is owned
 *     by the caller and freed with the matching *_free function named in
 *     its comment; nothing is freed behind the caller's back.
 *   - Pointers returned by accessors of a result (extract_result_tree(),
 *     extract_result_source_encoding()) are borrowed: they stay valid
 *     until extract_result_free() is called on that result.
 *   - The library never keeps a pointer to caller memory after a call
 *     returns.
 *
 * Threads: an engine is immutable once extract_engine_new() returned; any
 * number of threads may call extract_buffer()/extract_file() on one engine
 * at the same time.  A result belongs to one thread at a time.
 *
 * The library never prints, never exits or aborts, keeps no global state
 * and does not set errno for its own errors: every failure is a status.
 */
#ifndef EXTRACT_H
#define EXTRACT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && !defined(EXTRACT_STATIC)
#  ifdef EXTRACT_BUILDING
#    define EXTRACT_API __declspec(dllexport)
#  else
#    define EXTRACT_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define EXTRACT_API __attribute__((visibility("default")))
#else
#  define EXTRACT_API
#endif

/* Release version of the headers (the library's own: extract_version()). */
#define EXTRACT_VERSION_MAJOR 0
#define EXTRACT_VERSION_MINOR 1
#define EXTRACT_VERSION_PATCH 0
#define EXTRACT_VERSION_STRING "0.1.0"
/* Schema version of the JSON produced (the contract's "schema_version"). */
#define EXTRACT_SCHEMA_VERSION 1
/* ABI version of extract_options; set opts.abi_version to this. */
#define EXTRACT_OPTIONS_ABI 1

/* Status codes.  extract_strerror() gives a one-line English message. */
typedef enum extract_status {
    EXTRACT_OK = 0,
    EXTRACT_ERR_NOMEM,      /* an allocation failed; nothing leaked */
    EXTRACT_ERR_IO,         /* the file could not be opened or read */
    EXTRACT_ERR_INVALID,    /* bad argument (NULL engine, bad options) */
    EXTRACT_ERR_TOO_LARGE,  /* input larger than the engine's max_size */
    EXTRACT_ERR_PATTERN,    /* an internal pattern failed to compile */
    EXTRACT_ERR_ABI         /* opts.abi_version unknown to this library */
} extract_status;

/* Result flags for extract_result_json(). */
#define EXTRACT_JSON_PRETTY  0u         /* indented, one key per line */
#define EXTRACT_JSON_COMPACT (1u << 0)  /* one line, no spaces */

/* Debug dumps for extract_dump(). */
typedef enum extract_dump_kind {
    EXTRACT_DUMP_LINES = 1,   /* one line per text line: span, page, flags */
    EXTRACT_DUMP_TOKENS = 2   /* one line per token: span, kind, text */
} extract_dump_kind;

/*
 * Engine options.  Zero-initialise, set abi_version to
 * EXTRACT_OPTIONS_ABI, change what you need, pass to extract_engine_new().
 * NULL options mean all defaults.
 */
typedef struct extract_options {
    int abi_version;
    /* Largest input accepted, in bytes; 0 means the default (1 GiB).
       Larger inputs give EXTRACT_ERR_TOO_LARGE. */
    size_t max_size;
    /* Optional allocator for every allocation the library makes itself
       (all three or none).  ud is passed back unchanged.  json-c's own
       allocations (the result tree) use the C library's malloc. */
    void *(*malloc_fn)(size_t size, void *ud);
    void *(*realloc_fn)(void *ptr, size_t size, void *ud);
    void (*free_fn)(void *ptr, void *ud);
    void *alloc_ud;
} extract_options;

typedef struct extract_engine extract_engine;
typedef struct extract_result extract_result;

/* "0.1.0": the version of the library actually linked. */
EXTRACT_API const char *extract_version(void);

/* A static English message for a status; never NULL, never to be freed. */
EXTRACT_API const char *extract_strerror(extract_status status);

/*
 * Compile every pattern and table once.  On success *out is a new engine
 * the caller frees with extract_engine_free(); on failure *out is NULL.
 */
EXTRACT_API extract_status extract_engine_new(const extract_options *opts,
                                              extract_engine **out);

/* Free an engine (NULL is fine).  No call may be running on it. */
EXTRACT_API void extract_engine_free(extract_engine *engine);

/*
 * Extract from a buffer of any bytes (len may be 0; data may hold NULs,
 * invalid UTF-8, Windows-1252 or UTF-16 with a BOM).  path is what the
 * output's source.path says (NULL gives null, as for standard input); it
 * is copied.  On success *out is a new result the caller frees with
 * extract_result_free(); on failure *out is NULL.  Problems in the text
 * itself are never failures: they are diagnostics inside the result.
 */
EXTRACT_API extract_status extract_buffer(const extract_engine *engine,
                                          const void *data, size_t len,
                                          const char *path,
                                          extract_result **out);

/* Read a file whole and extract it, as extract_buffer() with its path. */
EXTRACT_API extract_status extract_file(const extract_engine *engine,
                                        const char *path,
                                        extract_result **out);

/* Free a result and everything borrowed from it (NULL is fine). */
EXTRACT_API void extract_result_free(extract_result *result);

/*
 * The result as JSON text (flags: EXTRACT_JSON_*), NUL-terminated, no
 * trailing newline.  Returns a new string the caller frees with
 * extract_free(), or NULL when out of memory.  *len (if not NULL) gets
 * its length.
 */
EXTRACT_API char *extract_result_json(const extract_result *result,
                                      unsigned flags, size_t *len);

/*
 * The result as a json-c tree (struct json_object *, the root object of
 * the contract).  Borrowed: valid until extract_result_free(); do not
 * json_object_put() it (take json_object_get() if you keep it longer).
 * The tree is built on the first call (json-c's allocator), so that
 * callers who only want the text never pay for it; NULL when that runs
 * out of memory.
 * Why json-c in the interface: json-c is already a dependency, the tree is
 * exactly the documented contract, and a second typed API would only
 * mirror it; callers that do not want json-c use the accessors below or
 * extract_result_json().
 */
struct json_object;
EXTRACT_API struct json_object *extract_result_tree(const extract_result *result);

/* Small typed accessors for the commonest questions. */
EXTRACT_API size_t extract_result_document_count(const extract_result *result);
EXTRACT_API size_t extract_result_diagnostic_count(const extract_result *result);
/* "utf-8", "windows-1252", "utf-16le", "utf-16be"; borrowed, static. */
EXTRACT_API const char *extract_result_source_encoding(const extract_result *result);

/*
 * A debugging dump of the text layer of a buffer (kind: EXTRACT_DUMP_*),
 * one record a line, spans in input bytes.  *out gets a new
 * NUL-terminated string the caller frees with extract_free().
 */
EXTRACT_API extract_status extract_dump(const extract_engine *engine,
                                        const void *data, size_t len,
                                        extract_dump_kind kind,
                                        char **out, size_t *out_len);

/* Free a string returned by this library (NULL is fine). */
EXTRACT_API void extract_free(void *ptr);

#ifdef __cplusplus
}
#endif
#endif /* EXTRACT_H */
