/* Embeds trynext through its C ABI (trynext/trynext.h): loads the installed rules and catalogue,
 * evaluates one assessment and prints the ids of the top recommendations, one a line.
 *
 *   embed-c [ASSESSMENT.json]     (without a file, a small team written inline)
 *
 * The result is JSON text; a real program would read it with a JSON library (jansson, cJSON, ...).
 * To stay dependency-free, this one picks out the ids with a small scanner.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <trynext/trynext.h>

static const char* const inline_team =
    "{\"team\": {\"name\": \"Inline example team\", \"headcount\": 9, \"caseload_per_practitioner\": 420,"
    "          \"sickness_absence_rate\": 0.06, \"concerns\": [\"stress_sickness\"]},"
    " \"answers\": {\"support.c\": \"not_met\"}}";

static char* read_file(const char* path) {
  FILE* f = fopen(path, "rb");
  if (!f) return NULL;
  size_t size = 0, used = 0, n;
  char* text = NULL;
  char buf[8192];
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    if (used + n + 1 > size) {
      size = 2 * (used + n + 1);
      char* bigger = realloc(text, size);
      if (!bigger) break;
      text = bigger;
    }
    memcpy(text + used, buf, n);
    used += n;
  }
  fclose(f);
  if (text) text[used] = '\0';
  return text;
}

/* Prints the "id" of each object in the array that follows "recommendations":, skipping strings
 * and nested values. */
static void print_recommendation_ids(const char* json) {
  const char* p = strstr(json, "\"recommendations\":[");
  if (!p) return;
  p += strlen("\"recommendations\":[");
  int depth = 1; /* inside the array */
  while (*p && depth > 0) {
    if (*p == '"') {
      const char* start = ++p;
      while (*p && *p != '"') p += (*p == '\\' && p[1]) ? 2 : 1;
      size_t len = (size_t)(p - start);
      if (*p) ++p;
      /* A key "id" directly in a recommendation object: print its string value. */
      if (depth == 2 && len == 2 && strncmp(start, "id", 2) == 0 && p[0] == ':' && p[1] == '"') {
        const char* value = p + 2;
        const char* end = strchr(value, '"');
        if (end) printf("%.*s\n", (int)(end - value), value);
      }
      continue;
    }
    if (*p == '[' || *p == '{') ++depth;
    if (*p == ']' || *p == '}') --depth;
    ++p;
  }
}

int main(int argc, char** argv) {
  char* text = argc > 1 ? read_file(argv[1]) : NULL;
  if (argc > 1 && !text) {
    fprintf(stderr, "embed-c: cannot read %s\n", argv[1]);
    return 2;
  }
  char* error = NULL;
  trynext_engine* engine = trynext_create(TRYNEXT_RULES_DIR, TRYNEXT_CATALOGUE_DB, &error);
  if (!engine) {
    fprintf(stderr, "embed-c: %s", error);
    trynext_free(error);
    free(text);
    return 2;
  }
  char* result = NULL;
  int status = trynext_evaluate(engine, text ? text : inline_team, TRYNEXT_NUL_TERMINATED, 0, &result);
  if (status == TRYNEXT_OK) {
    print_recommendation_ids(result);
    fprintf(stderr, "embed-c: trynext %s\n", trynext_version());
  } else {
    /* A JSON error document: {"error": {"code", "message", "problems": [...]}} */
    fprintf(stderr, "embed-c: %s: %s\n", trynext_status_name(status), result ? result : "");
  }
  trynext_free(result);
  trynext_destroy(engine);
  free(text);
  return status == TRYNEXT_OK ? 0 : 1;
}
