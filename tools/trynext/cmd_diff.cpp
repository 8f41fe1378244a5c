#include "common.h"

namespace trynext_cli {

void add_diff_command(CLI::App&) {}

}  // namespace trynext_cli
