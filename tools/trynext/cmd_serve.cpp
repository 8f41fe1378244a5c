// trynext serve: the HTTP service (not written yet).
#include "common.h"

namespace trynext_cli {

void add_serve_command(CLI::App&) {}

}  // namespace trynext_cli
