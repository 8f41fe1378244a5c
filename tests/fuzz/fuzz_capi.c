/* Fuzz target: the C ABI's trynext_evaluate on arbitrary bytes (not NUL-terminated), with and
 * without TRYNEXT_EXPLAIN. Every call must return a known status and a JSON document. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "trynext/trynext.h"

static trynext_engine* engine(void) {
  static trynext_engine* e = NULL;
  if (!e) {
    char* error = NULL;
    e = trynext_create(TRYNEXT_SOURCE_DIR "/rules", TRYNEXT_CATALOGUE_DB, &error);
    if (!e) abort();
  }
  return e;
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  char* out = NULL;
  /* A copy of exactly size bytes, so that reading past the end is an ASan report. */
  char* text = (char*)malloc(size ? size : 1);
  if (!text) return 0;
  if (size) memcpy(text, data, size);
  int status = trynext_evaluate(engine(), text, size, size % 2 ? TRYNEXT_EXPLAIN : 0u, &out);
  if (status != TRYNEXT_OK && status != TRYNEXT_INVALID_INPUT) abort();
  if (!out || out[0] != '{') abort();
  if (status == TRYNEXT_INVALID_INPUT && !strstr(out, "\"problems\"")) abort();
  trynext_free(out);
  free(text);
  return 0;
}
