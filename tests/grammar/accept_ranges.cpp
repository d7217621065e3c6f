//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/accept_ranges.hpp>

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
  std::vector<std::string_view> units;
  bool none, bytes;
};

std::vector<good_case> const good = {
    // RFC 9110 §14.3.
    {"bytes", {"bytes"}, false, true},
    {"none", {"none"}, true, false},
    {"Bytes", {"Bytes"}, false, true},
    {"NONE", {"NONE"}, true, false},
    {"bytes, items", {"bytes", "items"}, false, true},
    // "none" beside a unit is grammatical and reported.
    {"none, bytes", {"none", "bytes"}, true, true},
    {" bytes ,", {"bytes"}, false, true},
};

bad_case const bad[] = {
    {"", error::empty, 0},
    {"   ", error::empty, 0},
    {",", error::empty, 0},
    {"bytes=0-9", error::syntax, 5},
    {"bytes items", error::syntax, 6},
    {"\"bytes\"", error::syntax, 0},
};

}  // namespace

TEST_CASE("accept_ranges: range units", "[grammar][accept_ranges]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_accept_ranges(in.view());
    REQUIRE(r);
    std::vector<std::string_view> seen(r->units.begin(), r->units.end());
    CHECK(seen == c.units);
    CHECK(r->none == c.none);
    CHECK(r->bytes == c.bytes);
  }
}

TEST_CASE("accept_ranges: values outside the grammar", "[grammar][accept_ranges]") {
  check_bad(bad, parse_accept_ranges);
}
