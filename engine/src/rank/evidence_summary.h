// The evidence of an intervention summed up for a manager: one strength across all its items, one
// plain sentence that keeps the sources' own caveats, and the caution to read first (docs/ranking.md).
#pragma once

#include "trynext/catalogue.h"
#include "trynext/result.h"

namespace trynext {

// The strengths, strongest first: required, tested, some_research, accounts, untested.
const std::vector<std::string>& evidence_strengths();

// The summary of an intervention's evidence. Items whose `about` is set (about children, students,
// ...) are left out of the strength and named as such in the sentence.
EvidenceSummary summarise_evidence(const Intervention& intervention);

}  // namespace trynext
