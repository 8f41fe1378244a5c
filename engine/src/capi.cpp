// The C ABI (include/trynext/trynext.h): a thin layer over LiveEngine. Every entry point catches
// everything, so no C++ exception ever crosses into C; strings handed out are malloc'd copies that
// trynext_free() releases.
#include "trynext/trynext.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "trynext/engine.h"
#include "trynext/json.h"
#include "trynext/report.h"
#include "trynext/survey.h"

struct trynext_engine {
  explicit trynext_engine(const trynext::LoadOptions& options) : live(options) {}
  trynext::LiveEngine live;
};

namespace {

using nlohmann::json;

const char kResultSchema[] =
#include "result_schema.inc"
    ;

// JSON text of the documents that describe the engine; never throws on invalid UTF-8.
std::string text_of(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// A malloc'd copy of s, or NULL when memory ran out.
char* copy_out(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p) std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

void set(char** out, const std::string& s) {
  if (out) *out = copy_out(s);
}

std::string diagnostics_text(const trynext::LoadError& e) {
  std::string text;
  for (const auto& d : e.diagnostics()) text += d.to_string() + "\n";
  if (text.empty()) text = std::string(e.what()) + "\n";
  return text;
}

std::string error_document(int status, const std::string& message) {
  return trynext::error_json(trynext_status_name(status), message);
}

trynext_engine* create(const char* rules_dir, const char* catalogue_db, const trynext_limits* limits, char** error) {
  if (error) *error = nullptr;
  try {
    if (!rules_dir || !catalogue_db) {
      set(error, std::string("trynext_create: ") + (!rules_dir ? "rules_dir" : "catalogue_db") + " is NULL\n");
      return nullptr;
    }
    trynext::LoadOptions options;
    options.rules_dir = rules_dir;
    options.catalogue_db = catalogue_db;
    if (limits && limits->instructions_per_rule) options.limits.instructions_per_rule = limits->instructions_per_rule;
    if (limits && limits->memory_bytes) options.limits.memory_bytes = static_cast<std::size_t>(limits->memory_bytes);
    return new trynext_engine(options);
  } catch (const trynext::LoadError& e) { set(error, diagnostics_text(e)); } catch (const std::bad_alloc&) {
    set(error, "out of memory\n");
  } catch (const std::exception& e) { set(error, std::string("internal error: ") + e.what() + "\n"); } catch (...) {
    set(error, "internal error\n");
  }
  return nullptr;
}

// Runs f() and turns anything it throws into NULL.
template <typename F>
char* describe(trynext_engine* engine, F f) {
  if (!engine) return nullptr;
  try {
    return copy_out(text_of(f(*engine->live.current())));
  } catch (...) { return nullptr; }
}

// Sets *out to what f() makes ({status, document}), turning anything it throws into the status and
// error document trynext_evaluate() gives for it.
template <typename F>
int document_out(char** out, F f) {
  if (out) *out = nullptr;
  int status = TRYNEXT_INTERNAL_ERROR;
  std::string document;
  try {
    std::tie(status, document) = f();
  } catch (const std::bad_alloc&) {
    status = TRYNEXT_OUT_OF_MEMORY;
    document.clear();
  } catch (const std::exception& e) {
    status = TRYNEXT_INTERNAL_ERROR;
    document.clear();
    try {
      document = error_document(status, std::string("internal error: ") + e.what());
    } catch (...) {}
  } catch (...) {
    status = TRYNEXT_INTERNAL_ERROR;
    document.clear();
  }
  if (!out) return status;
  if (document.empty()) {
    const char* fixed = status == TRYNEXT_OUT_OF_MEMORY
                            ? "{\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of memory\"}}"
                            : "{\"error\":{\"code\":\"internal_error\",\"message\":\"internal error\"}}";
    *out = copy_out(fixed);
  } else {
    *out = copy_out(document);
    if (!*out) status = TRYNEXT_OUT_OF_MEMORY;
  }
  return status;
}

}  // namespace

extern "C" {

const char* trynext_version(void) { return trynext::version(); }

int trynext_abi_version(void) { return TRYNEXT_ABI_VERSION; }

const char* trynext_status_name(int status) {
  switch (status) {
    case TRYNEXT_OK:
      return "ok";
    case TRYNEXT_INVALID_INPUT:
      return "invalid_input";
    case TRYNEXT_LOAD_ERROR:
      return "load_error";
    case TRYNEXT_INVALID_ARGUMENT:
      return "invalid_argument";
    case TRYNEXT_OUT_OF_MEMORY:
      return "out_of_memory";
    case TRYNEXT_INTERNAL_ERROR:
      return "internal_error";
    default:
      return "unknown_status";
  }
}

trynext_engine* trynext_create(const char* rules_dir, const char* catalogue_db, char** error) {
  return create(rules_dir, catalogue_db, nullptr, error);
}

trynext_engine* trynext_create_with_limits(const char* rules_dir, const char* catalogue_db,
                                           const trynext_limits* limits, char** error) {
  return create(rules_dir, catalogue_db, limits, error);
}

void trynext_destroy(trynext_engine* engine) { delete engine; }

int trynext_evaluate(trynext_engine* engine, const char* assessment_json, size_t length, unsigned flags, char** out) {
  if (out) *out = nullptr;
  int status = TRYNEXT_INTERNAL_ERROR;
  std::string document;
  try {
    if (!engine || !assessment_json || !out) {
      status = TRYNEXT_INVALID_ARGUMENT;
      document = error_document(status, std::string("trynext_evaluate: ") +
                                            (!engine            ? "engine"
                                             : !assessment_json ? "assessment_json"
                                                                : "out") +
                                            " is NULL");
    } else if (flags & ~(TRYNEXT_EXPLAIN | TRYNEXT_EVIDENCE_IDS)) {
      status = TRYNEXT_INVALID_ARGUMENT;
      document = error_document(status, "trynext_evaluate: unknown flags " + std::to_string(flags));
    } else {
      std::string_view text(assessment_json, length == TRYNEXT_NUL_TERMINATED ? std::strlen(assessment_json) : length);
      trynext::EvaluateOptions options;
      options.explain = (flags & TRYNEXT_EXPLAIN) != 0;
      if (flags & TRYNEXT_EVIDENCE_IDS) options.evidence = trynext::EvidenceForm::ids;
      options.catalogue_fields = false;  // only the JSON is sent
      std::shared_ptr<const trynext::Engine> current = engine->live.current();
      try {
        document = trynext::to_json(current->recommend(text, options), -1);
        status = TRYNEXT_OK;
      } catch (const trynext::InputError& e) {
        status = TRYNEXT_INVALID_INPUT;
        document = trynext::error_json(e);
      }
    }
  } catch (const std::bad_alloc&) {
    status = TRYNEXT_OUT_OF_MEMORY;
    document.clear();
  } catch (const std::exception& e) {
    status = TRYNEXT_INTERNAL_ERROR;
    document.clear();
    try {
      document = error_document(status, std::string("internal error: ") + e.what());
    } catch (...) {}
  } catch (...) {
    status = TRYNEXT_INTERNAL_ERROR;
    document.clear();
  }
  if (out) {
    if (document.empty()) {
      // Static text: making it cannot fail for want of memory beyond the copy itself.
      document.clear();
      const char* fixed = status == TRYNEXT_OUT_OF_MEMORY
                              ? "{\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of memory\"}}"
                              : "{\"error\":{\"code\":\"internal_error\",\"message\":\"internal error\"}}";
      char* p = static_cast<char*>(std::malloc(std::strlen(fixed) + 1));
      if (p) std::strcpy(p, fixed);
      *out = p;
    } else {
      *out = copy_out(document);
      if (!*out) status = TRYNEXT_OUT_OF_MEMORY;
    }
  }
  return status;
}

int trynext_report(trynext_engine* engine, const char* assessment_json, size_t length, const char* format,
                   const char* date, unsigned flags, char** out) {
  return document_out(out, [&]() -> std::pair<int, std::string> {
    auto invalid = [](const std::string& message) {
      return std::pair<int, std::string>{TRYNEXT_INVALID_ARGUMENT,
                                         error_document(TRYNEXT_INVALID_ARGUMENT, "trynext_report: " + message)};
    };
    if (!engine || !assessment_json || !format || !out)
      return invalid(std::string(!engine            ? "engine"
                                 : !assessment_json ? "assessment_json"
                                 : !format          ? "format"
                                                    : "out") +
                     " is NULL");
    if (flags != 0) return invalid("unknown flags " + std::to_string(flags));
    const std::string name = format;
    if (name == "pdf")
      return invalid(
          "pdf is not made by the library, as printing needs a subprocess (chromium or weasyprint): "
          "use `trynext report -o report.pdf`, POST /v1/reports?format=pdf, or print the html format");
    if (name != "html" && name != "markdown" && name != "text")
      return invalid("format must be html, markdown or text, got \"" + name + "\"");
    std::optional<trynext::ReportFormat> parsed = trynext::parse_report_format(name);
    trynext::ReportOptions options;
    if (date) options.date = date;
    options.width = 80;
    std::string_view text(assessment_json, length == TRYNEXT_NUL_TERMINATED ? std::strlen(assessment_json) : length);
    trynext::EvaluateOptions evaluate;
    // The text report is trynext_evaluate's answer as a terminal shows it; the documents name near misses.
    evaluate.explain = name != "text";
    std::shared_ptr<const trynext::Engine> current = engine->live.current();
    try {
      trynext::Result result = current->recommend(text, evaluate);
      return {TRYNEXT_OK, trynext::render_report(result, *parsed, options)};
    } catch (const trynext::InputError& e) { return {TRYNEXT_INVALID_INPUT, trynext::error_json(e)}; }
  });
}

int trynext_survey_release(trynext_engine* engine, const char* request_json, size_t length, unsigned flags,
                           char** out) {
  return document_out(out, [&]() -> std::pair<int, std::string> {
    if (!engine || !request_json || !out || flags != 0)
      return {TRYNEXT_INVALID_ARGUMENT,
              error_document(TRYNEXT_INVALID_ARGUMENT, std::string("trynext_survey_release: ") +
                                                           (!engine         ? "engine is NULL"
                                                            : !request_json ? "request_json is NULL"
                                                            : !out          ? "out is NULL"
                                                                   : "unknown flags " + std::to_string(flags)))};
    std::string_view text(request_json, length == TRYNEXT_NUL_TERMINATED ? std::strlen(request_json) : length);
    std::shared_ptr<const trynext::Engine> current = engine->live.current();
    try {
      json request = json::parse(text);
      return {
          TRYNEXT_OK,
          text_of(trynext::survey::release_json(trynext::survey::release_from_request(current->catalogue(), request)))};
    } catch (const json::parse_error& e) {
      return {TRYNEXT_INVALID_INPUT,
              trynext::error_json("invalid_survey", std::string("the request is not valid JSON: ") + e.what())};
    } catch (const trynext::InputError& e) {
      json problems = json::array();
      for (const auto& p : e.problems()) problems.push_back({{"path", p.path}, {"message", p.message}});
      return {TRYNEXT_INVALID_INPUT,
              trynext::error_json("invalid_survey", std::to_string(e.problems().size()) + " problems in the survey",
                                  {{"problems", problems}})};
    }
  });
}

int trynext_reload(trynext_engine* engine, char** error) {
  if (error) *error = nullptr;
  try {
    if (!engine) {
      set(error, "trynext_reload: engine is NULL\n");
      return TRYNEXT_INVALID_ARGUMENT;
    }
    engine->live.reload();
    return TRYNEXT_OK;
  } catch (const trynext::LoadError& e) {
    set(error, diagnostics_text(e));
    return TRYNEXT_LOAD_ERROR;
  } catch (const std::bad_alloc&) {
    set(error, "out of memory\n");
    return TRYNEXT_OUT_OF_MEMORY;
  } catch (const std::exception& e) { set(error, std::string("internal error: ") + e.what() + "\n"); } catch (...) {
    set(error, "internal error\n");
  }
  return TRYNEXT_INTERNAL_ERROR;
}

char* trynext_versions(trynext_engine* engine) {
  return describe(engine, [](const trynext::Engine& e) {
    const trynext::Versions& v = e.versions();
    return json{{"engine", v.engine}, {"rules", v.rules}, {"catalogue", v.catalogue}};
  });
}

char* trynext_catalogue(trynext_engine* engine) {
  return describe(engine, [](const trynext::Engine& e) { return trynext::catalogue_json(e.catalogue()); });
}

char* trynext_instrument(trynext_engine* engine) {
  return describe(engine, [](const trynext::Engine& e) { return trynext::instrument_json(e.catalogue()); });
}

char* trynext_assessment_schema(trynext_engine* engine) {
  return describe(engine, [](const trynext::Engine& e) { return trynext::assessment_schema(e.catalogue()); });
}

const char* trynext_result_schema(void) { return kResultSchema; }

void trynext_free(void* p) { std::free(p); }

}  // extern "C"
