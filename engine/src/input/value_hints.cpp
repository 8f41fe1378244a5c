// Hints for hand-typed values (value_hints.h): what a percentage is as a share, and which answer a
// word most likely meant.
#include "input/value_hints.h"

#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

#include "common/suggest.h"
#include "common/vocabulary.h"
#include "input/json_text.h"

namespace trynext {

namespace {

// The number in a text such as "70%", "70 %", " 8.5% " or "70", and whether it had a percent sign.
bool read_percentage_text(std::string_view s, double& number, bool& percent_sign) {
  auto trim = [](std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    return t;
  };
  s = trim(s);
  percent_sign = !s.empty() && s.back() == '%';
  if (percent_sign) s = trim(s.substr(0, s.size() - 1));
  if (s.empty()) return false;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), number);
  return error == std::errc() && end == s.data() + s.size() && std::isfinite(number);
}

// Answers as managers write them in words, by name_form. Only words with one clear meaning in
// the instrument's four answers; anything else gets a suggestion only when it is a near spelling.
const std::pair<const char*, const char*> kAnswerWords[] = {
    {"yes", "met"},
    {"y", "met"},
    {"fully_met", "met"},
    {"achieved", "met"},
    {"no", "not_met"},
    {"n", "not_met"},
    {"not", "not_met"},
    {"unmet", "not_met"},
    {"not_achieved", "not_met"},
    {"partially", "partly"},
    {"partial", "partly"},
    {"partly_met", "partly"},
    {"partially_met", "partly"},
    {"in_part", "partly"},
    {"some", "partly"},
    {"dont_know", "unknown"},
    {"do_not_know", "unknown"},
    {"not_known", "unknown"},
    {"unsure", "unknown"},
    {"not_sure", "unknown"},
    {"?", "unknown"},
};

}  // namespace

std::string percentage_hint(const nlohmann::json& value) {
  double number = 0;
  bool percent_sign = false;
  std::string written;
  if (value.is_number()) {
    number = value.get<double>();
    written = number_text(number);
  } else if (value.is_string()) {
    const auto& s = value.get_ref<const std::string&>();
    if (!read_percentage_text(s, number, percent_sign)) return "";
    written = "\"" + s + "\"";
  } else {
    return "";
  }
  // Above 1 and at most 100 cannot be a share and reads as a percentage; with a percent sign, any
  // number from 0 to 100 is one ("0.5%").
  bool looks_like_percentage = number <= 100 && (percent_sign ? number >= 0 : number > 1);
  if (!looks_like_percentage) return "";
  std::string hint = "; " + written + " looks like a percentage: write " + number_text(number / 100);
  if (value.is_string()) hint += " (a number, without quotes or %)";
  return hint;
}

std::string answer_hint(const nlohmann::json& value) {
  if (!value.is_string()) return "";
  std::string form = name_form(value.get_ref<const std::string&>());
  for (const auto& [word, answer] : kAnswerWords)
    if (form == word) return std::string(" (did you mean \"") + answer + "\"?)";
  return did_you_mean(value.get_ref<const std::string&>(), vocabulary::answers());
}

}  // namespace trynext
