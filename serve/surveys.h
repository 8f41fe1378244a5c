// POST /v1/surveys/release: a team survey's release (docs/anonymity.md) from its settings, responses and
// earlier releases, made by the engine's one release function, as the C ABI's trynext_survey_release.
// service.cpp reads the body and routes here.
#pragma once

#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "trynext/engine.h"

namespace trynext_serve {

// Answers 200 with the release document, or 400 with an error document naming every problem by its path.
void send_survey_release(const trynext::Engine& engine, httplib::Response& res, const std::string& body);

}  // namespace trynext_serve
