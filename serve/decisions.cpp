// The decision log (decisions.h): ids, digests, the header, the field, the record and its route.
#include "decisions.h"

#include <sys/random.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include <openssl/evp.h>

#include "responses.h"
#include "teams.h"

namespace trynext_serve {

namespace store = trynext::store;
using nlohmann::json;

std::string new_decision_id() {
  // From the kernel each time, as the store's ids: forked or restarted instances must not repeat.
  unsigned char bits[10];
  std::size_t got = 0;
  while (got < sizeof bits) {
    ssize_t n = ::getrandom(bits + got, sizeof bits - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0)
      throw store::StoreError("unavailable", std::string("cannot make a decision id: ") + std::strerror(errno));
    got += static_cast<std::size_t>(n);
  }
  static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  auto ms = static_cast<unsigned long long>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
  std::string id(26, '0');
  for (int i = 9; i >= 0; --i, ms >>= 5) id[static_cast<std::size_t>(i)] = alphabet[ms & 31];
  // 80 random bits, 5 at a time, into the last 16 characters
  for (int i = 0; i < 16; ++i) {
    int bit = i * 5, v = 0;
    for (int b = 0; b < 5; ++b, ++bit) v = (v << 1) | ((bits[bit / 8] >> (7 - bit % 8)) & 1);
    id[static_cast<std::size_t>(10 + i)] = alphabet[v];
  }
  return id;
}

std::string assessment_digest(std::string_view assessment) {
  json parsed = json::parse(assessment.begin(), assessment.end(), nullptr, false, true);
  std::string canonical = parsed.is_discarded() ? std::string(assessment) : text_of(parsed);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(canonical.data(), canonical.size(), md, &n, EVP_sha256(), nullptr);
  static const char hex[] = "0123456789abcdef";
  std::string out = "sha256:";
  for (unsigned int i = 0; i < n; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

store::Decision DecisionLog::make(const trynext::Result& result, std::string_view assessment, const char* route,
                                  const std::string& team_id, const std::string& request_id) const {
  store::Decision d;
  d.id = new_decision_id();
  d.decided_at = utc_now();
  d.route = route;
  d.team_id = team_id;
  d.assessment_digest = assessment_digest(assessment);
  d.engine_version = result.versions.engine;
  d.rules_version = result.versions.rules;
  d.catalogue_version = result.versions.catalogue;
  for (const auto& r : result.recommendations) d.recommended.push_back({r.id, r.label});
  for (const auto& r : result.keep_going) d.recommended.push_back({r.id, r.label});
  d.request_id = request_id;
  return d;
}

std::string decision_header(const store::Decision& d) {
  return "id=" + d.id + "; engine=" + d.engine_version + "; rules=" + d.rules_version +
         "; catalogue=" + d.catalogue_version;
}

bool DecisionLog::stamp(const store::Decision& d, httplib::Response& res) {
  if (enabled_) {
    store::Store* s = teams_.store(res);
    if (!s) return false;
    try {
      s->record_decision(d);
    } catch (const store::StoreError& e) {
      // Nothing was answered yet: say why, rather than give an answer the log does not hold.
      send_error(res, e.code() == "busy" ? 503 : 500, "decision_not_logged",
                 std::string("the answer was not given because its decision could not be logged: ") + e.what());
      return false;
    }
  }
  res.set_header("Trynext-Decision", decision_header(d));
  return true;
}

json DecisionLog::field(const store::Decision& d) const {
  return {{"id", d.id},
          {"decided_at", d.decided_at},
          {"versions", {{"engine", d.engine_version}, {"rules", d.rules_version}, {"catalogue", d.catalogue_version}}},
          {"assessment_digest", d.assessment_digest},
          {"logged", enabled_}};
}

json decision_json(const store::Decision& d) {
  json items = json::array();
  for (const auto& r : d.recommended) items.push_back({{"id", r.id}, {"label", r.label}});
  return {{"id", d.id},
          {"decided_at", d.decided_at},
          {"route", d.route},
          {"team", d.team_id.empty() ? json(nullptr) : json(d.team_id)},
          {"assessment_digest", d.assessment_digest},
          {"versions", {{"engine", d.engine_version}, {"rules", d.rules_version}, {"catalogue", d.catalogue_version}}},
          {"recommended", items},
          {"request_id", d.request_id.empty() ? json(nullptr) : json(d.request_id)}};
}

void DecisionLog::fetch(const httplib::Request& req, httplib::Response& res) {
  if (!enabled_)
    return send_error(res, 404, "no_decision_log",
                      "this service keeps no decision log: start trynext serve with --store and --decision-log (or "
                      "TRYNEXT_DECISION_LOG=1)");
  store::Store* s = teams_.store(res);
  if (!s) return;
  const std::string id = req.matches[1];
  try {
    auto d = s->find_decision(id);
    if (!d) return send_error(res, 404, "decision_not_found", "no decision \"" + id + "\" in the decision log");
    send(res, 200, text_of(decision_json(*d)));
  } catch (const store::StoreError& e) { send_error(res, e.code() == "busy" ? 503 : 500, e.code(), e.what()); }
}

}  // namespace trynext_serve
