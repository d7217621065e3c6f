//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/via.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;

namespace {

// The input copied into a heap buffer of exactly its size: AddressSanitizer reports any read past
// its end.
using exact_copy = respolicy::test::exact_buffer;

// An entry written back as "name|version|by|port|comment".
std::string written(via_entry const& v) {
  return std::string(v.protocol_name) + "|" + std::string(v.protocol_version) + "|" +
         std::string(v.received_by) + "|" + std::string(v.port) + "|" + std::string(v.comment);
}

}  // namespace

TEST_CASE("via: RFC 9110 §7.6.3 examples and variants", "[grammar][via]") {
  struct good_case {
    std::string_view input;
    std::vector<std::string> entries;
  };
  good_case const cases[] = {
      {"1.0 fred, 1.1 p.example.net", {"|1.0|fred||", "|1.1|p.example.net||"}},  // §7.6.3
      {"1.1 fred", {"|1.1|fred||"}},                                             // §7.6.3
      {"HTTP/1.1 GWA", {"HTTP|1.1|GWA||"}},
      {"1.1 proxy.example.com:8080 (Squid/4.10)", {"|1.1|proxy.example.com|8080|(Squid/4.10)"}},
      {"2 varnish (Varnish/6.0), 1.1 vegur", {"|2|varnish||(Varnish/6.0)", "|1.1|vegur||"}},
      {"1.1 192.0.2.1:80", {"|1.1|192.0.2.1|80|"}},
      {"1.1 [2001:db8::1]:8080", {"|1.1|[2001:db8::1]|8080|"}},
      {"1.1 a (x, y), 1.0 b", {"|1.1|a||(x, y)", "|1.0|b||"}},  // a comma inside a comment
      {"1.1\tfred\t(c)", {"|1.1|fred||(c)"}},
      {"1.1 fred:", {"|1.1|fred||"}},  // port = *DIGIT
      {"", {}},
      {",1.1 a,", {"|1.1|a||"}},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_via(in.view());
    REQUIRE(r);
    std::vector<std::string> got;
    for (auto const& v : *r) got.push_back(written(v));
    CHECK(got == c.entries);
  }
  auto r = parse_via("1.1 [::1]:1");
  REQUIRE(r);
  CHECK(r->begin()->ip_literal);
  CHECK(r->begin()->has_port);
}

TEST_CASE("via: values outside the grammar", "[grammar][via]") {
  constexpr bad_case cases[] = {
      {"1.1", error::syntax, 3},           {"1.1,fred", error::syntax, 3},
      {"1.1 ", error::syntax, 4},  // received-by is missing
      {"HTTP/ fred", error::syntax, 5},    {"/1.1 fred", error::syntax, 0},
      {"1.1 fred(c)", error::syntax, 8},   {"1.1 fred (c", error::syntax, 11},
      {"1.1 fred:80a", error::syntax, 11}, {"1.1 fred (c) x", error::syntax, 13},
      {"1.1 [zz]:80", error::syntax, 5},   {"1.1 [::1", error::syntax, 5},
      {"1.1 @fred", error::syntax, 4},     {"1.1 fred\x01", error::syntax, 8},
  };
  check_bad(cases, parse_via);
}

TEST_CASE("via: overlong inputs", "[grammar][via]") {
  std::string v;
  for (int i = 0; i < 10000; ++i) v += "1.1 proxy" + std::to_string(i) + " (c), ";
  v += "1.0 last";
  exact_copy in(v);
  auto r = parse_via(in.view());
  REQUIRE(r);
  CHECK(r->size() == 10001);
  std::string deep = "1.1 a " + std::string(50000, '(') + std::string(50000, ')');
  exact_copy in2(deep);
  CHECK(parse_via(in2.view()));
}
