/* trynext_survey_release() as a C program sees it, linked against the shared library: a release made
 * by the engine's one release function, with the thresholds (4 responses not enough, 5
 * released, a second release adding one refused, a minimum of 2 refused), every problem named by its
 * path, and NULL arguments.
 *
 *   capi_survey_test RULES_DIR CATALOGUE_DB
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <trynext/trynext.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond, ...)                                                 \
  do {                                                                   \
    ++checks;                                                            \
    if (!(cond)) {                                                       \
      ++failures;                                                        \
      fprintf(stderr, "%s:%d: FAILED: %s: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                      \
      fputc('\n', stderr);                                               \
    }                                                                    \
  } while (0)

static int contains(const char* haystack, const char* needle) { return haystack && strstr(haystack, needle) != NULL; }

static const char* kAnswers[] = {"met", "partly", "not_met"};

/* A request of n responses (answers varied), with settings and, when given, one earlier release. */
static char* request(int n, const char* settings, const char* earlier) {
  size_t size = 256 + (size_t)n * 128 + (earlier ? strlen(earlier) : 0);
  char* text = malloc(size);
  int at = snprintf(text, size, "{\"settings\": %s, \"responses\": [", settings);
  for (int i = 0; i < n; ++i)
    at += snprintf(text + at, size - (size_t)at, "%s{\"answers\": {\"support.a\": \"%s\", \"support.b\": \"%s\"}}",
                   i ? ", " : "", kAnswers[i % 3], kAnswers[(i + 1) % 3]);
  snprintf(text + at, size - (size_t)at, "]%s%s%s}", earlier ? ", \"earlier\": [" : "", earlier ? earlier : "",
           earlier ? "]" : "");
  return text;
}

static int release(trynext_engine* engine, const char* text, char** out) {
  return trynext_survey_release(engine, text, TRYNEXT_NUL_TERMINATED, 0, out);
}

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s RULES_DIR CATALOGUE_DB\n", argv[0]);
    return 2;
  }
  char* error = NULL;
  trynext_engine* engine = trynext_create(argv[1], argv[2], &error);
  if (!engine) {
    fprintf(stderr, "cannot start: %s\n", error);
    return 2;
  }
  char *out = NULL, *text = NULL;

  text = request(4, "{}", NULL);
  CHECK(release(engine, text, &out) == TRYNEXT_OK, "%s", out);
  CHECK(contains(out, "\"status\":\"not_enough_responses\"") && !contains(out, "\"support\":{"), "%s", out);
  free(text);
  trynext_free(out);

  text = request(5, "{\"headcount\": 12}", NULL);
  CHECK(release(engine, text, &out) == TRYNEXT_OK, "%s", out);
  CHECK(contains(out, "\"status\":\"released\"") && contains(out, "\"support.a\":\"partly\""), "%s", out);
  CHECK(contains(out, "\"low_response_rate\":true"), "5 of 12: %s", out);
  free(text);
  char* first = out;

  /* One more response since the first release: refused, as the difference would be that one person. */
  text = request(6, "{\"headcount\": 12}", first);
  CHECK(release(engine, text, &out) == TRYNEXT_OK, "%s", out);
  CHECK(contains(out, "\"status\":\"refused_over_time\"") && contains(out, "\"reason\":\"over_time\""), "%s", out);
  CHECK(!contains(out, "\"support.a\":"), "no answer shown: %s", out);
  free(text);
  trynext_free(out);
  /* Five more: released. */
  text = request(10, "{\"headcount\": 12}", first);
  CHECK(release(engine, text, &out) == TRYNEXT_OK, "%s", out);
  CHECK(contains(out, "\"status\":\"released\""), "%s", out);
  free(text);
  trynext_free(out);
  trynext_free(first);

  /* Problems, each named by its path. */
  text = request(5, "{\"min_n\": 2}", NULL);
  CHECK(release(engine, text, &out) == TRYNEXT_INVALID_INPUT, "%s", out);
  CHECK(contains(out, "\"path\":\"settings.min_n\""), "%s", out);
  free(text);
  trynext_free(out);
  CHECK(release(engine, "{\"responses\": [{\"answers\": {\"support.a\": \"yes\"}}]}", &out) == TRYNEXT_INVALID_INPUT,
        "%s", out);
  CHECK(contains(out, "\"path\":\"responses[0].answers.support.a\""), "%s", out);
  trynext_free(out);
  CHECK(release(engine, "{\"responses\": ", &out) == TRYNEXT_INVALID_INPUT, "%s", out);
  CHECK(contains(out, "not valid JSON"), "%s", out);
  trynext_free(out);
  CHECK(release(NULL, "{}", &out) == TRYNEXT_INVALID_ARGUMENT, "%s", out);
  CHECK(contains(out, "engine is NULL"), "%s", out);
  trynext_free(out);
  CHECK(trynext_survey_release(engine, "{}", TRYNEXT_NUL_TERMINATED, 4, &out) == TRYNEXT_INVALID_ARGUMENT, "%s", out);
  trynext_free(out);

  trynext_destroy(engine);
  printf("capi_survey: %d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}
