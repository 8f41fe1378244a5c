#include "common.h"

namespace trynext_cli {

void add_explain_command(CLI::App&) {}

}  // namespace trynext_cli
