#include "common.h"

namespace trynext_cli {

void add_check_command(CLI::App&) {}

}  // namespace trynext_cli
