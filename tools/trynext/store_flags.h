// The --store flag every verb that reads or writes a history shares, and running a verb with the store
// open: a StoreError is printed with what to do and becomes exit code 2.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common.h"
#include "trynext/store.h"

namespace trynext_cli {

struct StoreFlags {
  std::string location;
};

inline void add_store_flag(CLI::App* cmd, StoreFlags& flags) {
  cmd->add_option("--store", flags.location,
                  "History store: a file path, or postgresql://... (default: $TRYNEXT_STORE, else "
                  "~/.local/share/trynext/history.db)");
}

template <class F>
void with_store(const StoreFlags& flags, F f) {
  try {
    auto s = trynext::store::open_store(flags.location.empty() ? trynext::store::default_store_location()
                                                               : flags.location);
    f(*s);
  } catch (const trynext::store::StoreError& e) {
    complain(e.what());
    throw Exit{kBadInput};
  }
}

}  // namespace trynext_cli
