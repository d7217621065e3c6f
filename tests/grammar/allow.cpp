//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/allow.hpp>

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
  std::vector<std::string_view> methods;
  std::size_t empty_elements = 0;
};

std::vector<good_case> const good = {
    // RFC 9110 §10.2.1; an empty Allow means no method is allowed.
    {"GET, HEAD, PUT", {"GET", "HEAD", "PUT"}},
    {"", {}},
    {"OPTIONS", {"OPTIONS"}},
    // Any token is a method; methods are case-sensitive, so "get" is another method.
    {"get, M-SEARCH, PROPFIND", {"get", "M-SEARCH", "PROPFIND"}},
    {"GET,HEAD", {"GET", "HEAD"}},
    {" GET ,\tHEAD ", {"GET", "HEAD"}},
    {"GET,, HEAD,", {"GET", "HEAD"}, 2},
    {",", {}, 1},
};

bad_case const bad[] = {
    {"GET HEAD", error::syntax, 4},      {"GET; HEAD", error::syntax, 3},
    {"GET/1.1", error::syntax, 3},       {"\"GET\"", error::syntax, 0},
    {"GET, HEAD\r\n", error::syntax, 9}, {"GET, [PUT]", error::syntax, 5},
};

}  // namespace

TEST_CASE("allow: lists of method tokens", "[grammar][allow]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_allow(in.view());
    REQUIRE(r);
    std::vector<std::string_view> seen(r->begin(), r->end());
    CHECK(seen == c.methods);
    CHECK(r->size() == c.methods.size());
    CHECK(r->empty_elements() == c.empty_elements);
  }
  auto const a = *parse_allow("GET, HEAD, PUT");
  CHECK(a.contains("PUT"));
  CHECK_FALSE(a.contains("put"));
  static_assert(parse_allow("GET, HEAD")->size() == 2);
}

TEST_CASE("allow: values outside the grammar", "[grammar][allow]") {
  check_bad(bad, parse_allow, "expected a method token");
}
