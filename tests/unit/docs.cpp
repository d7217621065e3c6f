//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "rules_markdown.hpp"

#include <respolicy/rule.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read(char const* path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("docs/rules.md is generated from the rule table and up to date", "[docs]") {
  auto const committed = read(RESPOLICY_SOURCE_DIR "/docs/rules.md");
  INFO("regenerate with: cmake --build <build> --target docs");
  CHECK(committed == respolicy::docgen::rules_markdown());
}

TEST_CASE("README states how many rules there are and how many validate() checks", "[docs]") {
  std::size_t checked = 0;
  for (auto const& r : respolicy::rules()) checked += r.checked();
  auto const readme = read(RESPOLICY_SOURCE_DIR "/README.md");
  auto const total = std::to_string(respolicy::rules().size());
  for (auto const& claim : {"a catalog of " + total + " rules",
                            std::to_string(checked) + " of the " + total + " are checked"}) {
    INFO("README.md should say: " << claim);
    CHECK(readme.find(claim) != std::string::npos);
  }
}
