/* trynext.h: the C ABI of libtrynext.
 *
 * A stable C interface for embedding trynext in programs written in C or in any language with a C
 * foreign-function interface. Documents go in and come out as JSON text (UTF-8); the JSON is the
 * same public contract as `trynext recommend --format json` (see docs/api.md and
 * schemas/result.schema.json).
 *
 *   char* error = NULL;
 *   trynext_engine* engine = trynext_create("/usr/share/trynext/rules",
 *                                           "/usr/share/trynext/catalogue.db", &error);
 *   if (!engine) { fprintf(stderr, "%s\n", error); trynext_free(error); return 1; }
 *   char* out = NULL;
 *   int status = trynext_evaluate(engine, json, TRYNEXT_NUL_TERMINATED, 0, &out);
 *   puts(out);            // the result, or a JSON error document when status != TRYNEXT_OK
 *   trynext_free(out);
 *   trynext_destroy(engine);
 *
 * Rules of the interface:
 *  - Every char* the library returns through a return value or an out-parameter was allocated by
 *    the library and is released with trynext_free() (never with free() from another C runtime).
 *    Strings returned as const char* are static and must not be freed.
 *  - No function throws or aborts on bad input: errors come back as a status code and a message.
 *  - trynext_evaluate(), the describe functions and trynext_reload() may be called from many
 *    threads at once on the same engine. A reload swaps the rule set atomically: evaluations that
 *    started before it finish on the rules they started with. trynext_destroy() must not race with
 *    any other call on the same engine.
 *  - Only the functions below (and the C++ API of <trynext/engine.h>) are exported by the library.
 */
#ifndef TRYNEXT_TRYNEXT_H
#define TRYNEXT_TRYNEXT_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#define TRYNEXT_API
#elif defined(__GNUC__)
#define TRYNEXT_API __attribute__((visibility("default")))
#else
#define TRYNEXT_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Raised when a function of this header changes incompatibly (never within one SOVERSION). */
#define TRYNEXT_ABI_VERSION 1

/* Status codes. Every function that can fail returns one of these. */
typedef enum trynext_status {
  TRYNEXT_OK = 0,
  /* The assessment is not JSON or not a valid assessment. The output is a JSON error document
   * listing every problem with its JSON path (or line and column for malformed JSON). */
  TRYNEXT_INVALID_INPUT = 1,
  /* The rules directory or the catalogue could not be loaded (create, reload). */
  TRYNEXT_LOAD_ERROR = 2,
  /* A required argument was NULL or out of range. */
  TRYNEXT_INVALID_ARGUMENT = 3,
  /* Memory ran out. */
  TRYNEXT_OUT_OF_MEMORY = 4,
  /* A bug in trynext: please report it with the message. */
  TRYNEXT_INTERNAL_ERROR = 5
} trynext_status;

/* An engine: rules and catalogue loaded and checked, ready to evaluate. Opaque. */
typedef struct trynext_engine trynext_engine;

/* Per-rule limits applied to each evaluation; a rule that exceeds one is stopped and reported in
 * the result's "warnings", the other rules still count. 0 means the library's default
 * (1,000,000 Lua instructions, 8 MiB). */
typedef struct trynext_limits {
  uint64_t instructions_per_rule;
  uint64_t memory_bytes;
} trynext_limits;

/* Pass as a length to say "the text is NUL-terminated". */
#define TRYNEXT_NUL_TERMINATED ((size_t)-1)

/* Flags of trynext_evaluate(). */
#define TRYNEXT_EXPLAIN 1u /* add "explain": a trace of every rule, fired or not */
/* name each recommendation's catalogue part by intervention id ("evidence": "ids" in the result):
 * no title, summary, evidence, cautions or format (trynext_catalogue() has them), each reason as its
 * rule and weight; a few kilobytes instead of a hundred or more. The assessment's "evidence": "ids"
 * asks the same. */
#define TRYNEXT_EVIDENCE_IDS 2u

/* The library's version, e.g. "0.1.0". Static; never NULL. */
TRYNEXT_API const char* trynext_version(void);

/* TRYNEXT_ABI_VERSION of the library actually loaded, to compare with the header's. */
TRYNEXT_API int trynext_abi_version(void);

/* A short English name of a status code ("ok", "invalid_input", ...). Static; never NULL. */
TRYNEXT_API const char* trynext_status_name(int status);

/* Loads the rules (*.lua files in rules_dir) and the catalogue database. Returns NULL on failure
 * and, when error is not NULL, sets *error to a message naming every problem (one per line, as
 * "file:line: code: message"); free it with trynext_free(). On success *error is set to NULL. */
TRYNEXT_API trynext_engine* trynext_create(const char* rules_dir, const char* catalogue_db, char** error);

/* The same with limits (NULL means the defaults). */
TRYNEXT_API trynext_engine* trynext_create_with_limits(const char* rules_dir, const char* catalogue_db,
                                                       const trynext_limits* limits, char** error);

/* Releases an engine. NULL is accepted. */
TRYNEXT_API void trynext_destroy(trynext_engine* engine);

/* Evaluates an assessment (JSON text of `length` bytes, or TRYNEXT_NUL_TERMINATED) and sets *out to
 * a JSON document that the caller frees with trynext_free():
 *   TRYNEXT_OK             the result: {"team", "recommendations", "also_considered", ...}
 *   TRYNEXT_INVALID_INPUT  {"error": {"code": "invalid_assessment", "message": "...",
 *                                     "problems": [{"path", "message", "line", "column"}, ...]}}
 *   any other status       {"error": {"code": "<status name>", "message": "..."}}
 * *out is NULL only when out itself is NULL or memory ran out while making the document.
 * flags: 0, or TRYNEXT_EXPLAIN and TRYNEXT_EVIDENCE_IDS combined with |. Thread-safe. */
TRYNEXT_API int trynext_evaluate(trynext_engine* engine, const char* assessment_json, size_t length, unsigned flags,
                                 char** out);

/* Evaluates an assessment as trynext_evaluate() does (with the trace on, so that the report can name
 * near misses) and sets *out to its report for people, a NUL-terminated UTF-8 document that the caller
 * frees with trynext_free(); the same document as `trynext report --format FORMAT` and
 * POST /v1/reports?format=FORMAT (docs/report.md).
 *   format  "html": one self-contained page (inline styles, the factor chart as inline SVG, no script);
 *           "markdown"; "text": what trynext_evaluate's result reads as in a terminal (80 columns).
 *           "pdf" is not made here: printing needs a subprocess (chromium or weasyprint), which the
 *           library never starts; it is TRYNEXT_INVALID_ARGUMENT with a message saying so (use
 *           `trynext report -o report.pdf` or the service, or print the html yourself).
 *   date    the date the report shows, as YYYY-MM-DD, or NULL for today in UTC.
 *   flags   0 (no flag is defined yet; others are TRYNEXT_INVALID_ARGUMENT).
 * Statuses and error documents are trynext_evaluate()'s: TRYNEXT_OK with the document, otherwise
 * *out is a JSON error document. Thread-safe. */
TRYNEXT_API int trynext_report(trynext_engine* engine, const char* assessment_json, size_t length, const char* format,
                               const char* date, unsigned flags, char** out);

/* A team survey's release (docs/anonymity.md), made by the same function as every other surface, so
 * that no caller can see what it hides. request_json (`length` bytes, or TRYNEXT_NUL_TERMINATED) is
 *   {"settings": {"min_n", "homogeneity_n", "group_field", "groups", "headcount"} (all optional),
 *    "responses": [{"group", "answers": {indicator: answer}}, ...] in the order they arrived,
 *    "earlier": [an earlier release document of the same survey, ...] (optional)}
 * and *out is set to the release document ({"status", "respondents", "answers", "team", "groups",
 * "suppressions", ...}) with TRYNEXT_OK, or to an error document with TRYNEXT_INVALID_INPUT naming
 * every problem by its JSON path ("responses[2].answers.support.a"). flags: 0. Thread-safe. */
TRYNEXT_API int trynext_survey_release(trynext_engine* engine, const char* request_json, size_t length, unsigned flags,
                                       char** out);

/* Loads the rules and the catalogue again from the paths given at creation. On success the new
 * set serves every evaluation that starts afterwards. On failure the current set stays in
 * service, TRYNEXT_LOAD_ERROR is returned and *error (when error is not NULL) names every
 * problem; free it with trynext_free(). Thread-safe. */
TRYNEXT_API int trynext_reload(trynext_engine* engine, char** error);

/* Documents describing the engine's current rule set and catalogue, as JSON text the caller frees
 * with trynext_free(); NULL only when engine is NULL or memory ran out. Thread-safe.
 *   versions:  {"engine": "0.1.0", "rules": "<digest>", "catalogue": "<digest>"}
 *   catalogue: {"interventions": [...], "grades": [...], "digest": "..."}
 *   instrument: {"factors": [...], "team_fields": [...], "answers": [...]} (the questionnaire)
 *   assessment_schema: the JSON Schema (draft 2020-12) of an assessment */
TRYNEXT_API char* trynext_versions(trynext_engine* engine);
TRYNEXT_API char* trynext_catalogue(trynext_engine* engine);
TRYNEXT_API char* trynext_instrument(trynext_engine* engine);
TRYNEXT_API char* trynext_assessment_schema(trynext_engine* engine);

/* The JSON Schema (draft 2020-12) of what trynext_evaluate() returns with TRYNEXT_OK. Static;
 * never NULL; do not free. */
TRYNEXT_API const char* trynext_result_schema(void);

/* Releases a string returned by this library. NULL is accepted. */
TRYNEXT_API void trynext_free(void* p);

#ifdef __cplusplus
}
#endif

#endif /* TRYNEXT_TRYNEXT_H */
