//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/product.hpp>

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
  std::vector<std::string_view> items;  // products as "name/version", comments with parentheses
  std::size_t products;
};

}  // namespace

TEST_CASE("product: Server (RFC 9110 §10.2.4) and product lists (§10.1.5)", "[grammar][product]") {
  good_case const cases[] = {
      {"CERN/3.0 libwww/2.17", {"CERN/3.0", "libwww/2.17"}, 2},  // RFC 9110 §10.2.4
      {"CERN-LineMode/2.15 libwww/2.17b3", {"CERN-LineMode/2.15", "libwww/2.17b3"}, 2},  // §10.1.5
      {"nginx", {"nginx"}, 1},
      {"example/1.0", {"example/1.0"}, 1},
      {"Apache/2.4.41 (Ubuntu)", {"Apache/2.4.41", "(Ubuntu)"}, 1},
      {"Apache/2.4.41 (Unix) OpenSSL/1.1.1k mod_perl/2.0.11",
       {"Apache/2.4.41", "(Unix)", "OpenSSL/1.1.1k", "mod_perl/2.0.11"},
       3},
      {"Foo (a (nested (deeply)) comment) Bar", {"Foo", "(a (nested (deeply)) comment)", "Bar"}, 2},
      {"Foo (with \\) escaped \\( parens)", {"Foo", "(with \\) escaped \\( parens)"}, 1},
      {"Foo\t(tab)  Bar/1", {"Foo", "(tab)", "Bar/1"}, 2},
      {"Foo ()", {"Foo", "()"}, 1},
      {"Foo (caf\xc3\xa9)", {"Foo", "(caf\xc3\xa9)"}, 1},  // obs-text in a comment
      {"Foo (a, b; c=d \"e\")", {"Foo", "(a, b; c=d \"e\")"}, 1},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_server(in.view());
    REQUIRE(r);
    std::vector<std::string_view> got;
    for (auto const& item : *r) got.push_back(item.text);
    CHECK(got == c.items);
    CHECK(r->products() == c.products);
    CHECK(r->size() == c.items.size());
  }
  auto r = parse_server("Apache/2.4.41 (Unix)");
  REQUIRE(r);
  auto it = r->begin();
  CHECK(it->kind == product_item::product);
  CHECK(it->name == "Apache");
  CHECK(it->version == "2.4.41");
  CHECK(it->has_version);
  ++it;
  CHECK(it->kind == product_item::comment);
  ++it;
  CHECK(it == r->end());
}

TEST_CASE("product: values outside the grammar", "[grammar][product]") {
  constexpr bad_case cases[] = {
      {"", error::empty, 0},
      {"(Ubuntu)", error::syntax, 0},
      {"Apache/", error::syntax, 7},
      {"Apache/2.4/x", error::syntax, 10},
      {"Apache /2.4", error::syntax, 7},
      {"Apache(Unix)", error::syntax, 6},
      {"Apache (Unix", error::syntax, 12},
      {"Apache (a (b)", error::syntax, 13},
      {"Apache (a\\", error::syntax, 10},
      {"Apache (a\x01)", error::syntax, 9},
      {"Apache (a\\\x01)", error::syntax, 10},
      {"Apache, nginx", error::syntax, 6},
      {"Apache; nginx", error::syntax, 6},
      {"Apache ", error::syntax, 6},
      {"\"Apache\"", error::syntax, 0},
      {"Apache/\"2\"", error::syntax, 7},
      {"Apache/2.4.41 (Unix))", error::syntax, 20},
  };
  check_bad(cases, parse_server);
}

TEST_CASE("product: overlong inputs", "[grammar][product]") {
  std::string deep = "Foo " + std::string(50000, '(') + std::string(50000, ')');
  exact_copy in(deep);
  auto r = parse_server(in.view());
  REQUIRE(r);
  CHECK(r->comments() == 1);
  std::string unbalanced = "Foo " + std::string(100000, '(');
  exact_copy in2(unbalanced);
  CHECK(parse_server(in2.view()).error().offset == unbalanced.size());
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "p" + std::to_string(i) + "/1.0 (c) ";
  many += "end";
  exact_copy in3(many);
  auto m = parse_server(in3.view());
  REQUIRE(m);
  CHECK(m->products() == 10001);
  CHECK(m->comments() == 10000);
}
