// Fuzz target: survey aggregation (issue 22), where the anonymity of a team survey is decided.
// Two kinds of input:
//   - bytes starting with '{': a whole release request as the C ABI and the service take it
//     ({"settings", "responses", "earlier"}), read by release_from_request on the real instrument;
//   - anything else: a compact shape decoded below (settings, up to 64 responses with a group and
//     four answers each, up to 3 earlier releases), given to make_release on a small instrument, so
//     that the fuzzer reaches the suppression rules without writing 60 answers per respondent.
// Findings, besides crashes and sanitizer reports: an exception other than InputError, a refusal
// without a message, and a release that breaks what docs/anonymity.md promises, checked here from
// the responses themselves rather than with the engine's own code:
//   - released only with at least min_n responses, and every batch between releases 0 or >= min_n;
//   - a figure shown has the true count and spreads that add up; a figure hidden shows nothing;
//   - every part of the team that the spreads of this and earlier releases tell apart has at least
//     the stricter size when any spread is shown;
//   - no suppression message gives a number other than the survey's own sizes;
//   - the JSON is valid UTF-8 and reads back to itself.
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"
#include "trynext/error.h"
#include "trynext/survey.h"

namespace {

using namespace trynext::survey;

[[noreturn]] void finding() { std::abort(); }

const trynext::Catalogue& catalogue() {
  static const trynext::Catalogue c = trynext::Catalogue::open(TRYNEXT_CATALOGUE_DB);
  return c;
}

const char* const kAnswers[] = {"met", "partly", "not_met", "unknown"};
const char* const kGroups[] = {"health_visitor", "nursery_nurse", "admin"};

// The compact shape: every byte read is used; running out of bytes ends the responses.
struct Shape {
  Settings settings;
  Instrument instrument{{"f1", {"f1.a", "f1.b"}}, {"f2", {"f2.a", "f2.b"}}};
  std::vector<Response> responses;
  std::vector<EarlierRelease> earlier;
};

Shape decode(const std::uint8_t* data, std::size_t size) {
  std::size_t at = 0;
  auto next = [&]() -> unsigned { return at < size ? data[at++] : 0u; };
  Shape shape;
  unsigned b = next();
  shape.settings.min_n = 2 + static_cast<int>(b % 6);  // 2 is refused: the refusal is checked too
  b = next();
  shape.settings.homogeneity_n = b % 3 == 0 ? 0 : shape.settings.min_n + static_cast<int>(b % 7) - 1;
  unsigned groups = next() % 4;
  if (groups > 0) shape.settings.group_field = "role";
  for (unsigned g = 0; g < groups; ++g) shape.settings.groups.push_back(kGroups[g]);
  b = next();
  if (b & 1) shape.settings.headcount = static_cast<int>(b >> 1);
  unsigned earlier = next() % 4;
  for (unsigned k = 0; k < earlier; ++k) {
    EarlierRelease e;
    e.respondents = static_cast<int>(next() % 70);
    unsigned mask = next();
    e.team_shown = mask & 1;
    for (unsigned g = 0; g < 3; ++g)
      if (mask & (2u << g)) e.shown_groups.push_back(kGroups[g]);
    shape.earlier.push_back(e);
  }
  while (at + 1 < size && shape.responses.size() < 64) {
    unsigned who = next(), what = next();
    Response r;
    unsigned g = who % 5;  // 3: none given; 4: a value outside the settings' groups
    if (g < 3 && g < groups) r.group = kGroups[g];
    if (g == 4) r.group = "other";
    int k = 0;
    for (const FactorShape& f : shape.instrument)
      for (const std::string& indicator : f.indicators) {
        unsigned answer = (what >> (2 * k++)) & 3u;
        if (!(who & 0x80) || answer != 3) r.answers[indicator] = kAnswers[answer];  // sometimes absent
      }
    shape.responses.push_back(r);
  }
  return shape;
}

size_t slot(const std::string& answer) {
  for (size_t i = 0; i < 4; ++i)
    if (answer == kAnswers[i]) return i;
  return 3;
}

// Every number in a text: a suppression may name the survey's sizes and nothing else.
std::set<long> numbers_in(const std::string& text) {
  std::set<long> out;
  for (size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) { ++i; continue; }
    long v = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && v < 1000000)
      v = v * 10 + (text[i++] - '0');
    out.insert(v);
  }
  return out;
}

void check(const Release& release, const std::vector<Response>& responses, const Settings& settings,
           const Instrument& instrument, const std::vector<EarlierRelease>& earlier) {
  const int n = static_cast<int>(responses.size());
  const int min_n = settings.min_n, h = settings.homogeneity();
  if (release.respondents != n) finding();
  if (release.groups.size() != settings.groups.size()) finding();

  for (const Suppression& s : release.suppressions) {
    if (s.message.empty()) finding();
    for (long v : numbers_in(s.message))
      if (v != min_n && v != h) finding();
  }

  auto members_of = [&](const Figures& f, int upto) {
    std::vector<int> out;
    for (int i = 0; i < upto; ++i)
      if (f.name == "team" ? true : responses[i].group == f.name) out.push_back(i);
    return out;
  };
  auto check_figures = [&](const Figures& f) {
    if (!f.shown) {
      if (f.respondents != 0 || !f.factors.empty() || !f.indicators.empty()) finding();
      return;
    }
    std::vector<int> members = members_of(f, n);
    if (f.respondents != static_cast<int>(members.size()) || f.respondents < h) finding();
    for (const FactorShape& factor : instrument) {
      auto fit = f.factors.find(factor.id);
      if (fit == f.factors.end()) finding();
      Counts total{};
      for (const std::string& indicator : factor.indicators) {
        Counts truth{};
        for (int i : members) {
          auto it = responses[i].answers.find(indicator);
          ++truth[it == responses[i].answers.end() ? 3 : slot(it->second)];
        }
        auto iit = f.indicators.find(indicator);
        if (iit == f.indicators.end() || iit->second != truth) finding();
        for (size_t k = 0; k < 4; ++k) total[k] += truth[k];
      }
      if (fit->second != total) finding();
    }
  };

  if (!release.released()) {
    if (!release.answers.empty() || release.team.shown) finding();
    for (const Figures& g : release.groups)
      if (g.shown) finding();
    return;
  }

  if (n < min_n) finding();
  int before = 0;
  for (const EarlierRelease& e : earlier) {
    int batch = e.respondents - before;
    if (batch > 0 && batch < min_n) finding();
    before = std::max(before, e.respondents);
  }
  if (n - before > 0 && n - before < min_n) finding();

  size_t indicators = 0;
  for (const FactorShape& f : instrument) indicators += f.indicators.size();
  if (release.answers.size() != indicators) finding();
  check_figures(release.team);
  for (const Figures& g : release.groups) {
    check_figures(g);
    if (g.shown && !release.team.shown) finding();
  }

  // The parts of the team told apart by every spread shown, now and before: each respondent's
  // membership of each figure's set; equal memberships make one part.
  if (!release.team.shown) return;
  std::vector<std::vector<bool>> sets;
  auto add = [&](int upto, const std::string& group) {
    std::vector<bool> in(n, false);
    for (int i = 0; i < std::min(upto, n); ++i) in[i] = group.empty() || responses[i].group == group;
    sets.push_back(in);
  };
  for (const EarlierRelease& e : earlier) {
    if (e.team_shown) add(e.respondents, "");
    for (const std::string& g : e.shown_groups)
      for (const std::string& known : settings.groups)
        if (g == known) add(e.respondents, g);
  }
  add(n, "");
  for (const Figures& g : release.groups)
    if (g.shown) add(n, g.name);
  std::map<std::vector<bool>, int> parts;
  for (int i = 0; i < n; ++i) {
    std::vector<bool> signature;
    for (const auto& s : sets) signature.push_back(s[i]);
    ++parts[signature];
  }
  for (const auto& [signature, size] : parts)
    if (size < h) finding();
}

void round_trip(const Release& release) {
  nlohmann::json doc = release_json(release);
  std::string text;
  try {
    text = doc.dump();  // strict: invalid UTF-8 throws
  } catch (const nlohmann::json::exception&) {
    finding();
  }
  nlohmann::json again = nlohmann::json::parse(text, nullptr, false);
  if (again.is_discarded() || again != doc) finding();
  if (release_json(release_from_json(again)) != doc) finding();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 0 && data[0] == '{') {
    nlohmann::json request = nlohmann::json::parse(data, data + size, nullptr, false);
    if (request.is_discarded()) return 0;
    Release release;
    try {
      release = release_from_request(catalogue(), request);
    } catch (const trynext::InputError& e) {
      if (e.problems().empty() || std::string(e.what()).empty()) finding();
      for (const trynext::Problem& p : e.problems())
        if (p.message.empty()) finding();
      return 0;
    }
    round_trip(release);
    return 0;
  }

  Shape shape = decode(data, size);
  Release release;
  try {
    release = make_release(shape.responses, shape.settings, shape.instrument, shape.earlier);
  } catch (const trynext::InputError& e) {
    if (e.problems().empty() || std::string(e.what()).empty()) finding();
    return 0;
  }
  if (!check_settings(shape.settings).empty()) finding();  // settings that cannot be used were released
  check(release, shape.responses, shape.settings, shape.instrument, shape.earlier);
  round_trip(release);
  return 0;
}
