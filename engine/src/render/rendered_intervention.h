// An intervention's catalogue fields as the result's JSON text, written once when an Engine loads and
// copied into every answer that recommends it: the catalogue does not change for an Engine's life, and
// writing its evidence, cautions and format per answer was most of the cost of to_json.
#pragma once

#include <memory>
#include <string>

#include "trynext/result.h"

namespace trynext {

struct RenderedIntervention {
  // The bytes of a recommendation object's catalogue members, as JsonWriter writes them at the depth
  // of a recommendation in the result (result object > list > recommendation), in key order:
  //   head:     from the object's "{" through the value of "id" (cautions, effort, evidence,
  //             evidence_summary, format, id)
  //   level:    ", level" with its separator
  //   requires: ", requires" with its separator
  //   tail:     ", summary" through the value of "title"
  struct Form {
    std::string head, level, requires_, tail;
  };
  Form compact;  // indent -1: what the service and the C ABI send
  Form pretty;   // indent 2: to_json's default, the CLI's
  // The catalogue fields themselves (rendered left empty), for any other indent: a recommendation
  // made without its catalogue fields (EvaluateOptions::catalogue_fields false) is written from these.
  Recommendation catalogue;
  const Form* form(int indent) const { return indent < 0 ? &compact : indent == 2 ? &pretty : nullptr; }
};

// Renders the catalogue fields of r (filled as ranking fills them from the intervention).
std::shared_ptr<const RenderedIntervention> render_intervention(const Recommendation& r);

}  // namespace trynext
