//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/protocol.hpp>

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

// Protocols written back as "name/version" or "name".
std::vector<std::string> written(protocol_list const& l) {
  std::vector<std::string> v;
  for (auto const& p : l)
    v.push_back(std::string(p.name) + (p.has_version ? "/" + std::string(p.version) : ""));
  return v;
}

}  // namespace

TEST_CASE("protocol: Upgrade (RFC 9110 §7.8)", "[grammar][protocol]") {
  struct good_case {
    std::string_view input;
    std::vector<std::string> protocols;
  };
  good_case const cases[] = {
      {"HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11",  // RFC 9110 §7.8
       {"HTTP/2.0", "SHTTP/1.3", "IRC/6.9", "RTA/x11"}},
      {"websocket", {"websocket"}},                    // RFC 6455 §4.2.2
      {"h2c", {"h2c"}},                                // RFC 7540 §3.2
      {"TLS/1.2, HTTP/1.1", {"TLS/1.2", "HTTP/1.1"}},  // RFC 2817 §3.2
      {"a ,b/1,\tc", {"a", "b/1", "c"}},
      {"", {}},
      {",websocket,", {"websocket"}},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_upgrade(in.view());
    REQUIRE(r);
    CHECK(written(*r) == c.protocols);
  }
  constexpr bad_case bad[] = {
      {"HTTP/", error::syntax, 5},        {"/2.0", error::syntax, 0},
      {"HTTP /2.0", error::syntax, 5},    {"HTTP/ 2.0", error::syntax, 5},
      {"HTTP/2.0/1", error::syntax, 8},   {"websocket h2c", error::syntax, 10},
      {"HTTP/2.0;q=1", error::syntax, 8}, {"\"websocket\"", error::syntax, 0},
  };
  check_bad(bad, parse_upgrade);
}

TEST_CASE("protocol: overlong inputs", "[grammar][protocol]") {
  std::string v;
  for (int i = 0; i < 20000; ++i) v += "p" + std::to_string(i) + "/1.0, ";
  v += "last";
  exact_copy in(v);
  auto r = parse_upgrade(in.view());
  REQUIRE(r);
  CHECK(r->size() == 20001);
  std::string slash = std::string(50000, 'a') + "/" + std::string(50000, 'b');
  exact_copy in2(slash);
  CHECK(parse_upgrade(in2.view())->begin()->version.size() == 50000);
}
