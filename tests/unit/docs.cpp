//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "rules_markdown.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

TEST_CASE("docs/rules.md is generated from the rule table and up to date", "[docs]") {
  std::ifstream in(RESPOLICY_SOURCE_DIR "/docs/rules.md", std::ios::binary);
  REQUIRE(in);
  std::ostringstream committed;
  committed << in.rdbuf();
  INFO("regenerate with: cmake --build <build> --target docs");
  CHECK(committed.str() == respolicy::docgen::rules_markdown());
}
