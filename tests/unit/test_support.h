// Shared fixtures for unit tests: the repository's data directory and one
// Analyzer loaded once per test binary.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "jipp/analyzer.h"
#include "jipp/cli.h"

namespace jipp::testing {

inline std::string data_dir() { return std::string(JIPP_SOURCE_DIR) + "/data"; }

inline std::shared_ptr<const Analyzer> shared_analyzer() {
  static std::shared_ptr<const Analyzer> a = [] {
    auto r = Analyzer::load({data_dir(), cli::default_hunspell_dic()});
    if (!r.is_ok()) {
      ADD_FAILURE() << "cannot load analyzer: " << r.status().message();
      return std::shared_ptr<const Analyzer>();
    }
    return *r;
  }();
  return a;
}

}  // namespace jipp::testing
