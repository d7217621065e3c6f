//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/content_coding.hpp>

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
  std::vector<std::string_view> names;
  std::size_t empty = 0;
};

}  // namespace

TEST_CASE("content-coding: Content-Encoding (RFC 9110 §8.4)", "[grammar][content_coding]") {
  good_case const cases[] = {
      {"gzip", {"gzip"}},  // RFC 9110 §8.4
      {"deflate, gzip", {"deflate", "gzip"}},
      {"GZIP,br", {"GZIP", "br"}},
      {"identity", {"identity"}},
      {"x-gzip , compress", {"x-gzip", "compress"}},
      {"gzip,\tbr", {"gzip", "br"}},
      {"", {}},
      {",gzip,,br,", {"gzip", "br"}, 3},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_content_encoding(in.view());
    REQUIRE(r);
    std::vector<std::string_view> got(r->begin(), r->end());
    CHECK(got == c.names);
    CHECK(r->size() == c.names.size());
    CHECK(r->empty_elements() == c.empty);
  }
  constexpr bad_case bad[] = {
      {"gzip br", error::syntax, 5},  {"gzip;q=1", error::syntax, 4},
      {"\"gzip\"", error::syntax, 0}, {"gzip, b\xc3\xb6", error::syntax, 7},
      {"gzip/1", error::syntax, 4},
  };
  check_bad(bad, parse_content_encoding);
}

TEST_CASE("transfer-coding: Transfer-Encoding (RFC 9112 §6.1, §7)", "[grammar][content_coding]") {
  struct te_case {
    std::string_view input;
    std::vector<std::string_view> names;
    std::size_t parameters = 0;  // over all codings
    bool bws = false;
  };
  te_case const cases[] = {
      {"chunked", {"chunked"}},
      {"gzip, chunked", {"gzip", "chunked"}},  // RFC 9112 §6.1
      {"Chunked", {"Chunked"}},
      {"foo;a=1;b=\"x y\", chunked", {"foo", "chunked"}, 2},
      {"foo ; a=1 , chunked", {"foo", "chunked"}, 1},
      {"foo;a = 1, chunked", {"foo", "chunked"}, 1, true},  // BWS (RFC 9112 §7)
      {"", {}},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_transfer_encoding(in.view());
    REQUIRE(r);
    std::vector<std::string_view> got;
    std::size_t params = 0;
    bool bws = false;
    for (auto const& t : *r) {
      got.push_back(t.name);
      params += t.parameters.size();
      bws |= t.bws;
    }
    CHECK(got == c.names);
    CHECK(params == c.parameters);
    CHECK(bws == c.bws);
  }
  auto r = parse_transfer_encoding("foo;A=\"1\"");
  REQUIRE(r);
  CHECK(r->begin()->is("foo"));
  CHECK(r->begin()->parameters.find("a")->value_iequals("1"));

  constexpr bad_case bad[] = {
      {"gzip chunked", error::syntax, 5}, {"foo;", error::syntax, 4},
      {"foo;a", error::syntax, 5},        {"foo;a=", error::syntax, 6},
      {"foo;a=\"1", error::syntax, 8},    {"foo;;a=1", error::syntax, 4},
      {"foo;a=1 b=2", error::syntax, 8},  {";a=1", error::syntax, 0},
  };
  check_bad(bad, parse_transfer_encoding);
}

TEST_CASE("content-coding: overlong inputs", "[grammar][content_coding]") {
  std::string v;
  for (int i = 0; i < 20000; ++i) v += "gzip, ";
  v += "br";
  exact_copy in(v);
  auto r = parse_content_encoding(in.view());
  REQUIRE(r);
  CHECK(r->size() == 20001);
  std::string t = "x";
  for (int i = 0; i < 10000; ++i) t += ";p=\"" + std::string(8, 'v') + "\"";
  exact_copy in2(t);
  auto te = parse_transfer_encoding(in2.view());
  REQUIRE(te);
  CHECK(te->begin()->parameters.size() == 10000);
  std::string commas(100000, ',');
  exact_copy in3(commas);
  auto e = parse_content_encoding(in3.view());
  REQUIRE(e);
  CHECK(e->empty());
  CHECK(e->empty_elements() == 100000);
}
