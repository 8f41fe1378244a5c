/* trynext_report() as a C program sees it, linked against the shared library: html, markdown and
 * text for the example team, the date shown, pdf refused with a message that says why, unknown formats
 * and flags, NULL arguments, and invalid input answered with trynext_evaluate's error document.
 *
 *   capi_report_test RULES_DIR CATALOGUE_DB ASSESSMENT_JSON
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

static char* read_file(const char* path) {
  FILE* f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char* text = malloc((size_t)n + 1);
  if (text && fread(text, 1, (size_t)n, f) != (size_t)n) {
    free(text);
    text = NULL;
  }
  if (text) text[n] = '\0';
  fclose(f);
  return text;
}

static int contains(const char* haystack, const char* needle) { return haystack && strstr(haystack, needle) != NULL; }

int main(int argc, char** argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s RULES_DIR CATALOGUE_DB ASSESSMENT_JSON\n", argv[0]);
    return 2;
  }
  char* assessment = read_file(argv[3]);
  char* error = NULL;
  trynext_engine* engine = trynext_create(argv[1], argv[2], &error);
  if (!assessment || !engine) {
    fprintf(stderr, "cannot start: %s\n", error ? error : argv[3]);
    return 2;
  }
  char* out = NULL;
  int status = trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, "html", "2026-03-01", 0, &out);
  CHECK(status == TRYNEXT_OK, "html: %d %.300s", status, out);
  CHECK(contains(out, "<!DOCTYPE html>") && contains(out, "Northfield merged health visiting team") &&
            contains(out, "1 March 2026") && contains(out, "<svg class=\"factor-chart\"") && !contains(out, "<script"),
        "html: %.300s", out);
  trynext_free(out);

  status = trynext_report(engine, assessment, strlen(assessment), "markdown", NULL, 0, &out);
  CHECK(status == TRYNEXT_OK && contains(out, "# What to try next for Northfield") &&
            contains(out, "| Factor | Met | Partly | Not met | Not answered | Indicators |"),
        "markdown: %d %.300s", status, out);
  trynext_free(out);

  status = trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, "text", NULL, 0, &out);
  CHECK(status == TRYNEXT_OK && contains(out, "What to try next for Northfield") && !contains(out, "Rules (explain)"),
        "text: %d %.300s", status, out);
  trynext_free(out);

  status = trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, "pdf", NULL, 0, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT && contains(out, "\"invalid_argument\"") && contains(out, "subprocess") &&
            contains(out, "trynext report -o report.pdf"),
        "pdf: %d %.300s", status, out);
  trynext_free(out);

  status = trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, "docx", NULL, 0, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT && contains(out, "html, markdown or text"), "docx: %d %.300s", status, out);
  trynext_free(out);
  status = trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, "json", NULL, 0, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT, "json is trynext_evaluate's: %d", status);
  trynext_free(out);
  status = trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, "html", NULL, 4, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT && contains(out, "unknown flags 4"), "flags: %d %.300s", status, out);
  trynext_free(out);
  status = trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, NULL, NULL, 0, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT && contains(out, "format is NULL"), "NULL format: %.300s", out);
  trynext_free(out);
  status = trynext_report(NULL, assessment, TRYNEXT_NUL_TERMINATED, "html", NULL, 0, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT && contains(out, "engine is NULL"), "NULL engine: %.300s", out);
  trynext_free(out);
  CHECK(trynext_report(engine, assessment, TRYNEXT_NUL_TERMINATED, "html", NULL, 0, NULL) == TRYNEXT_INVALID_ARGUMENT,
        "NULL out");

  status = trynext_report(engine, "{\"team\": {\"headcount\": -3}}", TRYNEXT_NUL_TERMINATED, "html", NULL, 0, &out);
  char* evaluated = NULL;
  int evaluate_status =
      trynext_evaluate(engine, "{\"team\": {\"headcount\": -3}}", TRYNEXT_NUL_TERMINATED, 0, &evaluated);
  CHECK(status == TRYNEXT_INVALID_INPUT && evaluate_status == status && out && evaluated && strcmp(out, evaluated) == 0,
        "invalid input: %d %.300s", status, out);
  trynext_free(out);
  trynext_free(evaluated);

  trynext_destroy(engine);
  free(assessment);
  printf("%d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}
