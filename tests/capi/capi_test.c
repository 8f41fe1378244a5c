/* The C ABI (trynext.h) as a C program sees it, linked against the shared library:
 * version, create errors, evaluate, invalid input, the describe functions, reload (good and bad
 * rules), and evaluations from many threads while the rules are reloaded.
 *
 *   capi_test RULES_DIR CATALOGUE_DB ASSESSMENT_JSON WORK_DIR
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

static const char* rules_dir;
static const char* catalogue_db;
static char* assessment;

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

static int append_file(const char* path, const char* text) {
  FILE* f = fopen(path, "ab");
  if (!f) return 0;
  fputs(text, f);
  return fclose(f) == 0;
}

static int contains(const char* haystack, const char* needle) { return haystack && strstr(haystack, needle) != NULL; }

static void test_version(void) {
  CHECK(trynext_version() && strlen(trynext_version()) > 0, "version is empty");
  CHECK(trynext_abi_version() == TRYNEXT_ABI_VERSION, "ABI %d, header %d", trynext_abi_version(), TRYNEXT_ABI_VERSION);
  CHECK(strcmp(trynext_status_name(TRYNEXT_INVALID_INPUT), "invalid_input") == 0, "status name");
  CHECK(strcmp(trynext_status_name(12345), "unknown_status") == 0, "unknown status name");
  CHECK(contains(trynext_result_schema(), "\"$schema\""), "result schema");
}

static void test_create_errors(void) {
  char* error = (char*)"untouched";
  trynext_engine* e = trynext_create("/nonexistent/rules", catalogue_db, &error);
  CHECK(e == NULL, "created from a missing rules directory");
  CHECK(contains(error, "/nonexistent/rules"), "error does not name the rules directory: %s", error ? error : "(null)");
  trynext_free(error);

  error = NULL;
  e = trynext_create(rules_dir, "/nonexistent/catalogue.db", &error);
  CHECK(e == NULL, "created from a missing catalogue");
  CHECK(contains(error, "/nonexistent/catalogue.db"), "error does not name the catalogue: %s",
        error ? error : "(null)");
  trynext_free(error);

  error = NULL;
  e = trynext_create(NULL, catalogue_db, &error);
  CHECK(e == NULL && contains(error, "rules_dir"), "NULL rules_dir: %s", error ? error : "(null)");
  trynext_free(error);

  /* A NULL error pointer is allowed. */
  CHECK(trynext_create(rules_dir, NULL, NULL) == NULL, "NULL catalogue");
  trynext_destroy(NULL);
  trynext_free(NULL);
}

static void test_evaluate(trynext_engine* engine) {
  char* out = NULL;
  int status = trynext_evaluate(engine, assessment, TRYNEXT_NUL_TERMINATED, 0, &out);
  CHECK(status == TRYNEXT_OK, "status %d: %s", status, out ? out : "(null)");
  CHECK(contains(out, "\"recommendations\":[{"), "no recommendations: %.200s", out ? out : "(null)");
  CHECK(contains(out, "\"caseload_review\""), "caseload_review is not recommended");
  CHECK(!contains(out, "\"explain\""), "explain without the flag");
  trynext_free(out);

  out = NULL;
  status = trynext_evaluate(engine, assessment, strlen(assessment), TRYNEXT_EXPLAIN, &out);
  CHECK(status == TRYNEXT_OK && contains(out, "\"explain\":{"), "explain: status %d", status);
  trynext_free(out);

  /* Evidence by id: the result says so, names the interventions, carries no catalogue text, and is
   * far smaller than the full one; combined with explain, the trace comes too. */
  char* full = NULL;
  status = trynext_evaluate(engine, assessment, strlen(assessment), 0, &full);
  out = NULL;
  status = trynext_evaluate(engine, assessment, strlen(assessment), TRYNEXT_EVIDENCE_IDS, &out);
  CHECK(status == TRYNEXT_OK && contains(out, "\"evidence\":\"ids\"") && contains(out, "\"id\":\"") &&
            !contains(out, "\"claim\"") && !contains(out, "\"summary\"") && full && strlen(out) * 4 < strlen(full),
        "evidence ids: status %d, %zu bytes against %zu", status, out ? strlen(out) : 0, full ? strlen(full) : 0);
  trynext_free(out);
  trynext_free(full);
  out = NULL;
  status = trynext_evaluate(engine, assessment, strlen(assessment), TRYNEXT_EVIDENCE_IDS | TRYNEXT_EXPLAIN, &out);
  CHECK(status == TRYNEXT_OK && contains(out, "\"evidence\":\"ids\"") && contains(out, "\"explain\":{"),
        "evidence ids with explain: status %d", status);
  trynext_free(out);

  /* The length is honoured: the text need not be NUL-terminated. */
  const char small[] = "{\"team\":{\"headcount\":8}}GARBAGE";
  out = NULL;
  status = trynext_evaluate(engine, small, sizeof small - 1 - strlen("GARBAGE"), 0, &out);
  CHECK(status == TRYNEXT_OK, "length: status %d: %s", status, out ? out : "(null)");
  trynext_free(out);
}

static void test_invalid_input(trynext_engine* engine) {
  char* out = NULL;
  int status = trynext_evaluate(engine, "{\"team\": ", TRYNEXT_NUL_TERMINATED, 0, &out);
  CHECK(status == TRYNEXT_INVALID_INPUT, "malformed JSON: status %d", status);
  CHECK(contains(out, "\"code\":\"invalid_assessment\"") && contains(out, "\"line\":1"), "malformed JSON: %s",
        out ? out : "(null)");
  trynext_free(out);

  out = NULL;
  status = trynext_evaluate(engine, "{\"team\": {\"headcount\": 0}}", TRYNEXT_NUL_TERMINATED, 0, &out);
  CHECK(status == TRYNEXT_INVALID_INPUT, "headcount 0: status %d", status);
  CHECK(contains(out, "\"path\":\"team.headcount\""), "headcount 0: %s", out ? out : "(null)");
  trynext_free(out);

  /* Bytes that are not UTF-8 are the caller's mistake, not an internal error. */
  out = NULL;
  status = trynext_evaluate(engine, "{\"team\": {\"name\": \"\xff\xfe\"}}", TRYNEXT_NUL_TERMINATED, 0, &out);
  CHECK(status == TRYNEXT_INVALID_INPUT, "invalid UTF-8: status %d: %s", status, out ? out : "(null)");
  trynext_free(out);

  out = NULL;
  status = trynext_evaluate(engine, "", 0, 0, &out);
  CHECK(status == TRYNEXT_INVALID_INPUT, "empty text: status %d", status);
  trynext_free(out);

  out = NULL;
  status = trynext_evaluate(NULL, assessment, TRYNEXT_NUL_TERMINATED, 0, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT && contains(out, "\"invalid_argument\""), "NULL engine: %d", status);
  trynext_free(out);

  out = NULL;
  status = trynext_evaluate(engine, NULL, 0, 0, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT, "NULL text: %d", status);
  trynext_free(out);

  status = trynext_evaluate(engine, assessment, TRYNEXT_NUL_TERMINATED, 0, NULL);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT, "NULL out: %d", status);

  out = NULL;
  status = trynext_evaluate(engine, assessment, TRYNEXT_NUL_TERMINATED, 0x80, &out);
  CHECK(status == TRYNEXT_INVALID_ARGUMENT && contains(out, "flags"), "unknown flags: %d", status);
  trynext_free(out);
}

static void test_describe(trynext_engine* engine) {
  char* s = trynext_versions(engine);
  CHECK(contains(s, "\"rules\":\"") && contains(s, "\"engine\":\""), "versions: %s", s ? s : "(null)");
  trynext_free(s);
  s = trynext_catalogue(engine);
  CHECK(contains(s, "\"interventions\":[") && contains(s, "\"caseload_review\""), "catalogue");
  trynext_free(s);
  s = trynext_instrument(engine);
  CHECK(contains(s, "\"factors\":[") && contains(s, "\"team_fields\":["), "instrument");
  trynext_free(s);
  s = trynext_assessment_schema(engine);
  CHECK(contains(s, "2020-12"), "assessment schema");
  trynext_free(s);
  CHECK(trynext_versions(NULL) == NULL, "versions of NULL");
}

/* Extracts "rules":"..." from a versions document. */
static void rules_version(trynext_engine* engine, char* buf, size_t size) {
  char* v = trynext_versions(engine);
  const char* p = v ? strstr(v, "\"rules\":\"") : NULL;
  buf[0] = '\0';
  if (p) {
    p += strlen("\"rules\":\"");
    size_t n = strcspn(p, "\"");
    if (n >= size) n = size - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
  }
  trynext_free(v);
}

static char work_rules[4096];

static void test_reload(void) {
  char* error = NULL;
  trynext_engine* engine = trynext_create(work_rules, catalogue_db, &error);
  CHECK(engine != NULL && error == NULL, "create from the copy: %s", error ? error : "");
  trynext_free(error);
  if (!engine) return;

  char before[256], after[256], path[4200];
  rules_version(engine, before, sizeof before);

  /* A changed rule file: a new rule set version. */
  snprintf(path, sizeof path, "%s/workload_and_staffing.lua", work_rules);
  CHECK(append_file(path, "\n-- changed by capi_test\n"), "cannot append to %s", path);
  error = (char*)"untouched";
  int status = trynext_reload(engine, &error);
  CHECK(status == TRYNEXT_OK && error == NULL, "reload: %d %s", status, error ? error : "");
  rules_version(engine, after, sizeof after);
  CHECK(strcmp(before, after) != 0, "the rules version did not change: %s", after);

  /* A broken rule file: refused, the rules in service stay. */
  snprintf(path, sizeof path, "%s/zz_broken.lua", work_rules);
  CHECK(append_file(path, "rule { id = \n"), "cannot write %s", path);
  error = NULL;
  status = trynext_reload(engine, &error);
  CHECK(status == TRYNEXT_LOAD_ERROR, "broken rules reloaded: %d", status);
  CHECK(contains(error, "zz_broken.lua"), "the error does not name the file: %s", error ? error : "(null)");
  trynext_free(error);
  char still[256];
  rules_version(engine, still, sizeof still);
  CHECK(strcmp(still, after) == 0, "the rules in service changed after a failed reload");
  char* out = NULL;
  status = trynext_evaluate(engine, assessment, TRYNEXT_NUL_TERMINATED, 0, &out);
  CHECK(status == TRYNEXT_OK, "evaluate after a failed reload: %d", status);
  trynext_free(out);
  remove(path);
  CHECK(trynext_reload(engine, NULL) == TRYNEXT_OK, "reload after the fix");
  CHECK(trynext_reload(NULL, NULL) == TRYNEXT_INVALID_ARGUMENT, "reload of NULL");
  trynext_destroy(engine);
}

/* Many threads evaluate while another reloads: every evaluation succeeds with the same result. */
enum { kThreads = 8, kEvaluations = 20, kReloads = 10 };

struct shared {
  trynext_engine* engine;
  const char* expected;
  int failures;
  pthread_mutex_t mutex;
};

static void* evaluator(void* arg) {
  struct shared* s = arg;
  for (int i = 0; i < kEvaluations; ++i) {
    char* out = NULL;
    int status = trynext_evaluate(s->engine, assessment, TRYNEXT_NUL_TERMINATED, 0, &out);
    if (status != TRYNEXT_OK || !out || strcmp(out, s->expected) != 0) {
      pthread_mutex_lock(&s->mutex);
      ++s->failures;
      pthread_mutex_unlock(&s->mutex);
    }
    trynext_free(out);
  }
  return NULL;
}

static void* reloader(void* arg) {
  struct shared* s = arg;
  for (int i = 0; i < kReloads; ++i) {
    if (trynext_reload(s->engine, NULL) != TRYNEXT_OK) {
      pthread_mutex_lock(&s->mutex);
      ++s->failures;
      pthread_mutex_unlock(&s->mutex);
    }
  }
  return NULL;
}

static void test_threads(void) {
  trynext_engine* engine = trynext_create(rules_dir, catalogue_db, NULL);
  CHECK(engine != NULL, "create");
  if (!engine) return;
  char* expected = NULL;
  CHECK(trynext_evaluate(engine, assessment, TRYNEXT_NUL_TERMINATED, 0, &expected) == TRYNEXT_OK, "first evaluation");
  struct shared s = {engine, expected, 0, PTHREAD_MUTEX_INITIALIZER};
  pthread_t threads[kThreads + 1];
  for (int i = 0; i < kThreads; ++i) pthread_create(&threads[i], NULL, evaluator, &s);
  pthread_create(&threads[kThreads], NULL, reloader, &s);
  for (int i = 0; i <= kThreads; ++i) pthread_join(threads[i], NULL);
  CHECK(s.failures == 0, "%d of %d concurrent calls failed or differed", s.failures,
        kThreads * kEvaluations + kReloads);
  trynext_free(expected);
  trynext_destroy(engine);
}

int main(int argc, char** argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s RULES_DIR CATALOGUE_DB ASSESSMENT_JSON WORK_DIR\n", argv[0]);
    return 2;
  }
  rules_dir = argv[1];
  catalogue_db = argv[2];
  assessment = read_file(argv[3]);
  if (!assessment) {
    fprintf(stderr, "cannot read %s\n", argv[3]);
    return 2;
  }
  /* A copy of the rules to change for the reload test. */
  snprintf(work_rules, sizeof work_rules, "%s/rules", argv[4]);
  size_t size = 3 * strlen(work_rules) + strlen(rules_dir) + 64;
  char* command = malloc(size);
  snprintf(command, size, "rm -rf '%s' && mkdir -p '%s' && cp '%s'/*.lua '%s'/", work_rules, work_rules, rules_dir,
           work_rules);
  if (system(command) != 0) {
    fprintf(stderr, "cannot copy the rules: %s\n", command);
    return 2;
  }
  free(command);

  test_version();
  test_create_errors();
  char* error = NULL;
  trynext_engine* engine = trynext_create(rules_dir, catalogue_db, &error);
  CHECK(engine != NULL && error == NULL, "create: %s", error ? error : "");
  trynext_free(error);
  if (engine) {
    test_evaluate(engine);
    test_invalid_input(engine);
    test_describe(engine);
    trynext_destroy(engine);
  }
  test_reload();
  test_threads();
  free(assessment);
  printf("%d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}
