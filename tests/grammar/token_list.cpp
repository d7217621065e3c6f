//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/token_list.hpp>

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

struct good_case {
  std::string_view input;
  std::vector<std::string_view> tokens;
  std::size_t empty = 0;
};

}  // namespace

TEST_CASE("token list: Connection (RFC 9110 §7.6.1) and Trailer (§6.6.2)",
          "[grammar][token_list]") {
  good_case const cases[] = {
      {"close", {"close"}},  // RFC 9110 §7.6.1
      {"keep-alive, Upgrade", {"keep-alive", "Upgrade"}},
      {"upgrade,HTTP2-Settings", {"upgrade", "HTTP2-Settings"}},  // RFC 7540 §3.2
      {"Server-Timing", {"Server-Timing"}},
      {"Digest ,\tX-Checksum", {"Digest", "X-Checksum"}},
      {"", {}},
      {" , ", {}, 1},
      {"a,,b", {"a", "b"}, 1},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    for (auto parse : {&parse_connection, &parse_trailer}) {
      auto r = parse(in.view());
      REQUIRE(r);
      std::vector<std::string_view> got(r->begin(), r->end());
      CHECK(got == c.tokens);
      CHECK(r->empty_elements() == c.empty);
    }
  }
  CHECK(parse_connection("Keep-Alive, close")->icontains("keep-alive"));
  CHECK(!parse_trailer("X-A")->icontains("x-b"));

  constexpr bad_case bad[] = {
      {"close keep-alive", error::syntax, 6},
      {"Content MD5", error::syntax, 8},
      {"a;b", error::syntax, 1},
      {"\"close\"", error::syntax, 0},
      {"a, b/c", error::syntax, 4},
      {"X-\xc3\xa9", error::syntax, 2},
      {"a:b", error::syntax, 1},
      {"(close)", error::syntax, 0},
  };
  for (auto parse : {&parse_connection, &parse_trailer}) check_bad(bad, parse);
}

TEST_CASE("token list: overlong inputs", "[grammar][token_list]") {
  std::string v;
  for (int i = 0; i < 20000; ++i) v += "X-Field-" + std::to_string(i) + ", ";
  v.resize(v.size() - 2);
  exact_copy in(v);
  auto r = parse_trailer(in.view());
  REQUIRE(r);
  CHECK(r->size() == 20000);
  std::string one(100000, 'a');
  exact_copy in2(one);
  CHECK(parse_connection(in2.view())->size() == 1);
}
