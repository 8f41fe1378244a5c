#include "rules/rule_state.h"

#include <chrono>
#include <vector>

#include "common/utf8.h"

namespace trynext {

namespace {

// Rule files may not create globals: a typo would otherwise become a silent new variable.
int refuse_global(lua_State* L) {
  // The key is read once, before the message is built: the order in which a call evaluates its
  // arguments is unspecified, and the name must not depend on it. A key that is not a name has no
  // local to suggest (and no __tostring of a rule's is run).
  if (lua_type(L, 2) != LUA_TSTRING)
    return luaL_error(L, "rules may not set globals (tried with a %s key): use a local table", luaL_typename(L, 2));
  const char* name = lua_tostring(L, 2);
  return luaL_error(L, "rules may not set the global \"%s\": declare it local (local %s = ...)", name, name);
}

// Loading a rule file runs its top level: it gets a budget too, so a loop there cannot hang a load.
constexpr std::uint64_t kLoadInstructions = 10'000'000;
constexpr std::size_t kLoadMemory = 64u << 20;

// Text a rule gives that reaches the answer (its reasons; when explaining, the values its conditions
// tested) is made valid UTF-8 here, each invalid sequence becoming U+FFFD as the JSON writer would
// write it, so that every renderer gets text it can show and the answer can say what happened.
bool repair_text(std::string& text) {
  if (is_valid_utf8(text)) return false;
  text = replace_invalid_utf8(text);
  return true;
}

Warning invalid_text_warning(const RuleInfo& rule, const std::vector<std::string>& where) {
  constexpr std::size_t kNamed = 3;  // a rule in a loop can give thousands; name a few
  std::string list;
  for (std::size_t i = 0; i < where.size() && i < kNamed; ++i) list += (i ? ", " : "") + where[i];
  if (where.size() > kNamed) list += " and " + std::to_string(where.size() - kNamed) + " more";
  Warning w;
  w.kind = "invalid_text";
  w.rule = rule.id;
  w.file = rule.file;
  w.line = rule.line;
  w.message = "rule \"" + rule.id + "\" gave text that is not valid UTF-8 (" + list +
              "); each invalid byte sequence is shown as U+FFFD";
  return w;
}

// A threshold the rule compared only with fields the team did not give decided nothing: it is not one
// of this answer's local choices (RuleContext::threshold_fates).
void drop_thresholds_not_applied(std::vector<ThresholdUse>& uses, const std::vector<RuleContext::ThresholdFate>& fates) {
  if (fates.size() != uses.size()) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < uses.size(); ++i)
    if (fates[i] != RuleContext::ThresholdFate::absent_only) {
      if (kept != i) uses[kept] = std::move(uses[i]);  // never onto itself: a moved-from string is empty
      ++kept;
    }
  uses.resize(kept);
}

}  // namespace

void split_location(const std::string& message, std::string& file, int& line, std::string& text) {
  file.clear();
  line = 0;
  text = message;
  // "name.lua:12: text"; the name may contain ':' only in odd paths, so search from the left.
  for (std::size_t colon = message.find(':'); colon != std::string::npos; colon = message.find(':', colon + 1)) {
    std::size_t digits = colon + 1;
    while (digits < message.size() && std::isdigit(static_cast<unsigned char>(message[digits]))) ++digits;
    if (digits > colon + 1 && digits < message.size() && message[digits] == ':') {
      file = message.substr(0, colon);
      line = std::stoi(message.substr(colon + 1, digits - colon - 1));
      text = message.substr(digits + 1);
      if (!text.empty() && text[0] == ' ') text.erase(0, 1);
      return;
    }
  }
}

RuleState::RuleState(const std::vector<RuleSource>& sources, const Catalogue& catalogue, const InputPaths& paths,
                     const Limits& limits, std::vector<Diagnostic>& diagnostics)
    : limits_(limits) {
  context_.catalogue = &catalogue;
  context_.paths = &paths;
  sandbox_.user = &context_;
  install_rule_api(sandbox_);
  // The thresholds first, so that every rule file can read them (the order of the rest is the file names').
  for (const auto& source : sources)
    if (source.file == kThresholdsFile) load(source, diagnostics);
  for (const auto& source : sources)
    if (source.file != kThresholdsFile) load(source, diagnostics);
  sandbox_.settle();  // start evaluations from the state's resting size, and remember it
}

void RuleState::load(const RuleSource& source, std::vector<Diagnostic>& diagnostics) {
  lua_State* L = sandbox_.state();
  std::string chunkname = "@" + source.file;
  if (luaL_loadbufferx(L, source.text.data(), source.text.size(), chunkname.c_str(), "t") != LUA_OK) {
    Diagnostic d;
    std::string message = lua_tostring(L, -1);
    lua_pop(L, 1);
    split_location(message, d.file, d.line, d.message);
    d.file = source.file;
    d.code = "syntax_error";
    diagnostics.push_back(d);
    return;
  }
  // The file's own environment: reads fall through to the rule globals, writes are refused.
  lua_newtable(L);
  lua_newtable(L);
  sandbox_.push_rule_globals();
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, refuse_global);
  lua_setfield(L, -2, "__newindex");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_setupvalue(L, -2, 1);  // _ENV

  context_.loading = true;
  context_.file = source.file;
  context_.loaded = &rules_;
  context_.diagnostics = &diagnostics;
  sandbox_.arm(kLoadInstructions, kLoadMemory);
  std::string error;
  bool ok = sandbox_.call(0, error);
  sandbox_.disarm();
  context_.loading = false;
  context_.loaded = nullptr;
  context_.diagnostics = nullptr;
  if (!ok) {
    Diagnostic d;
    split_location(error, d.file, d.line, d.message);
    d.file = source.file;
    d.code = "load_error";
    diagnostics.push_back(d);
  }
}

Evaluation RuleState::evaluate(const Assessment& assessment, bool explain) {
  lua_State* L = sandbox_.state();
  Evaluation out;
  out.traces.resize(rules_.size());
  out.findings.reserve(rules_.size());  // about one finding per rule for a typical team: no regrowth
  context_.assessment = &assessment;
  context_.findings = &out.findings;
  std::vector<const std::string*> reads;
  reads.reserve(32);
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    const LoadedRule& r = rules_[i];
    RuleTrace& trace = out.traces[i];
    if (explain) {  // otherwise nothing reads a trace's names: ranking finds the rule by its index
      trace.rule = r.info.id;
      trace.file = r.info.file;
      trace.line = r.info.line;
    }
    reads.clear();
    context_.read_copies.clear();
    context_.rule_index = i;
    context_.rule = &r;
    context_.reads = &reads;
    context_.conditions = explain ? &trace.conditions : nullptr;
    context_.threshold_uses = &trace.thresholds;
    context_.threshold_fates.clear();
    std::size_t findings_before = out.findings.size();
    context_.rule_findings_start = findings_before;

    auto started = std::chrono::steady_clock::now();
    lua_rawgeti(L, LUA_REGISTRYINDEX, r.function_ref);
    push_assessment_view(L);
    sandbox_.arm(limits_.instructions_per_rule, limits_.memory_bytes);
    std::string error;
    bool ok = sandbox_.call(1, error);
    bool stopped = sandbox_.stopped() != LuaSandbox::Stop::kNone;
    sandbox_.disarm();
    trace.microseconds = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - started).count();
    trace.instructions = sandbox_.instructions_used();
    trace.memory_bytes = sandbox_.memory_peak();
    drop_thresholds_not_applied(trace.thresholds, context_.threshold_fates);

    if (!ok) {
      // A failed rule counts for nothing: drop what it recommended before failing.
      out.findings.resize(findings_before);
      Warning w;
      w.kind = stopped ? "rule_limit" : "rule_error";
      w.rule = r.info.id;
      std::string file, text;
      int line = 0;
      split_location(error, file, line, text);
      w.file = file.empty() ? r.info.file : file;
      w.line = file.empty() ? r.info.line : line;
      w.message = "rule \"" + r.info.id + "\" " + (stopped ? "" : "failed: ") + text;
      trace.error = w.message;
      out.warnings.push_back(std::move(w));
    }
    std::vector<std::string> repaired;
    for (std::size_t f = findings_before; f < out.findings.size(); ++f)
      if (repair_text(out.findings[f].because)) repaired.push_back("the reason for " + out.findings[f].intervention);
    for (auto& c : trace.conditions)
      if (repair_text(c.expected)) repaired.push_back("the value " + c.op + "(\"" + c.path + "\", ...) tested");
    if (!repaired.empty()) out.warnings.push_back(invalid_text_warning(r.info, repaired));
    for (std::size_t f = findings_before; f < out.findings.size(); ++f)
      trace.recommended.push_back(out.findings[f].intervention);
    trace.fired = !trace.recommended.empty();
    if (trace.fired || explain)
      for (const std::string* path : reads) trace.inputs.emplace_back(*path, assessment.json_at(*path));
  }
  context_.assessment = nullptr;
  context_.findings = nullptr;
  context_.rule = nullptr;
  context_.reads = nullptr;
  context_.conditions = nullptr;
  context_.threshold_uses = nullptr;
  return out;
}

}  // namespace trynext
