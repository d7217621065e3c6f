//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/vary.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;
using respolicy::test::exact_buffer;

namespace {

struct good_case {
  std::string_view input;
  std::vector<std::string_view> members;
  bool star;
  std::size_t names;
  std::size_t empty_elements = 0;
};

std::vector<good_case> const good = {
    // RFC 9110 §12.5.5.
    {"accept-encoding, accept-language", {"accept-encoding", "accept-language"}, false, 2},
    {"*", {"*"}, true, 0},
    {"Accept-Encoding", {"Accept-Encoding"}, false, 1},
    // "*" among names is grammatical and reported.
    {"*, Accept", {"*", "Accept"}, true, 1},
    {"", {}, false, 0},
    {"  Origin\t", {"Origin"}, false, 1},
    {"Accept,,Origin,", {"Accept", "Origin"}, false, 2, 2},
    {"Accept,Accept", {"Accept", "Accept"}, false, 2},
};

bad_case const bad[] = {
    {"Accept Encoding", error::syntax, 7}, {"Accept;q=1", error::syntax, 6},
    {"\"Accept\"", error::syntax, 0},      {"Accept, (Origin)", error::syntax, 8},
    {"Accept:", error::syntax, 6},         {"Accept, caf\xc3\xa9", error::syntax, 11},
};

}  // namespace

TEST_CASE("vary: * or field names", "[grammar][vary]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_vary(in.view());
    REQUIRE(r);
    std::vector<std::string_view> seen(r->members.begin(), r->members.end());
    CHECK(seen == c.members);
    CHECK(r->star == c.star);
    CHECK(r->names == c.names);
    CHECK(r->members.empty_elements() == c.empty_elements);
  }
  auto const v = *parse_vary("accept-encoding, accept-language");
  CHECK(v.varies_on("Accept-Encoding"));
  CHECK_FALSE(v.varies_on("Origin"));
  CHECK(parse_vary("*")->varies_on("Origin"));
}

TEST_CASE("vary: values outside the grammar", "[grammar][vary]") { check_bad(bad, parse_vary); }
