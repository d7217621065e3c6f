//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/basic.hpp>

#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <system_error>
#include <vector>

using namespace respolicy::grammar;
using respolicy::test::exact_buffer;

TEST_CASE("basic: grammar errors as std::error_code", "[grammar][basic]") {
  for (auto e : {error::empty, error::syntax, error::overflow, error::invalid, error::trailing}) {
    std::error_code const ec = e;  // is_error_code_enum
    INFO(to_string(e));
    CHECK(ec);  // never "no error", error::empty included
    CHECK(ec.category() == error_category());
    CHECK(ec == make_error_code(e));
    CHECK_FALSE(ec.message().empty());
    CHECK(parse_error{e, 3, "x"}.to_error_code() == ec);
  }
  CHECK(std::string(error_category().name()) == "respolicy.grammar");
  CHECK(make_error_code(error::empty) != make_error_code(error::syntax));
}

namespace {

struct list_case {
  std::string_view input;
  std::vector<std::string_view> tokens;
  std::size_t empty_elements = 0;
};

std::vector<list_case> const lists = {
    {"", {}},
    {"a", {"a"}},
    {"a, b", {"a", "b"}},
    {"a,b,,c", {"a", "b", "c"}, 1},
    {" a ,\tb\t", {"a", "b"}},
    {",", {}, 1},
    {", ,", {}, 2},
    {"a,", {"a"}, 1},
    {"a,,", {"a"}, 1},
    {",a", {"a"}, 1},
    {"  ,  a  ,  ", {"a"}, 2},
    {"!#$%&'*+-.^_`|~09azAZ", {"!#$%&'*+-.^_`|~09azAZ"}},
};

}  // namespace

TEST_CASE("basic: token lists", "[grammar][basic]") {
  for (auto const& c : lists) {
    exact_buffer const in(c.input);
    INFO('"' << std::string(c.input) << '"');
    auto const r = parse_token_list(in.view());
    REQUIRE(r);
    std::vector<std::string_view> seen(r->begin(), r->end());
    CHECK(seen == c.tokens);
    CHECK(r->size() == c.tokens.size());
    CHECK(r->empty_elements() == c.empty_elements);
  }
  static_assert(parse_token_list("a, b,,c")->size() == 3);
  static_assert(parse_token_list("a, b,,c")->empty_elements() == 1);
  static_assert(!parse_token_list("a b"));
}

TEST_CASE("basic: word loads and byte tests", "[grammar][basic]") {
  std::mt19937_64 rng(20260601);
  for (int i = 0; i < 20000; ++i) {
    auto w = rng();
    // Make equal and small bytes common.
    for (int j = 0; j < 8; ++j)
      if (rng() % 4 == 0)
        w = (w & ~(0xffull << (8 * j))) | (std::uint64_t{rng() % 0x30} << (8 * j));
    bool below = false, has22 = false;
    for (int j = 0; j < 8; ++j) {
      auto const b = (w >> (8 * j)) & 0xff;
      below |= b < 0x21;
      has22 |= b == 0x22;
    }
    INFO(std::hex << w);
    REQUIRE(detail::has_byte_below(w, 0x21) == below);
    REQUIRE(detail::has_byte(w, 0x22) == has22);
  }
  std::string const s = "0123456789abcdef";
  for (std::size_t at = 0; at < s.size(); ++at)
    for (std::size_t len = 1; len <= 8 && at + len <= s.size(); ++len) {
      exact_buffer const in(s.substr(at, len));
      std::uint64_t want = 0;
      for (std::size_t j = 0; j < len; ++j)
        want |= std::uint64_t{static_cast<unsigned char>(s[at + j])} << (8 * j);
      CHECK(detail::load_le(in.view().data(), len) == want);
      CHECK(detail::load_le(s.data() + at, len) == want);
    }
  static_assert(detail::load_le("ab", 2) == 0x6261);
}

namespace {

// The elements for_each_element() passes, with their offsets.
struct element_case {
  std::string_view input;
  std::vector<std::pair<std::string_view, std::size_t>> elements;
};

std::vector<element_case> const element_cases = {
    {"", {{"", 0}}},
    {"a", {{"a", 0}}},
    {"a, b", {{"a", 0}, {"b", 3}}},
    {" a ,\tb ", {{"a", 1}, {"b", 5}}},
    {"a,,b", {{"a", 0}, {"", 2}, {"b", 3}}},
    {"a,", {{"a", 0}, {"", 2}}},
    {",", {{"", 0}, {"", 1}}},
    // Commas inside a quoted string, a comment (nested) or <...> do not split.
    {R"("x,y", z)", {{R"("x,y")", 0}, {"z", 7}}},
    {R"(a="1,2";b, c)", {{R"(a="1,2";b)", 0}, {"c", 11}}},
    {"a (c, d), e", {{"a (c, d)", 0}, {"e", 10}}},
    {"a (c (d, e) f), g", {{"a (c (d, e) f)", 0}, {"g", 16}}},
    {"<http://x/a,b>; rel=x, <y>", {{"<http://x/a,b>; rel=x", 0}, {"<y>", 23}}},
    // Escapes: an escaped quote or parenthesis does not close.
    {R"("a\", b", c)", {{R"("a\", b")", 0}, {"c", 10}}},
    {R"((a\), b), c)", {{R"((a\), b))", 0}, {"c", 10}}},
    // Quotes mean nothing in a comment, nor backslashes in <...>.
    {R"((a " b), c)", {{R"((a " b))", 0}, {"c", 9}}},
    {R"(<a\>, b)", {{R"(<a\>)", 0}, {"b", 6}}},
    // Not closed: the rest is one element, the last, even after a final backslash.
    {R"(a, "b, c)", {{"a", 0}, {R"("b, c)", 3}}},
    {R"(a, "b\)", {{"a", 0}, {R"("b\)", 3}}},
    {"a, (b, (c), d", {{"a", 0}, {"(b, (c), d", 3}}},
    {"a, <b, c", {{"a", 0}, {"<b, c", 3}}},
};

}  // namespace

TEST_CASE("basic: for_each_element splits #rule lists", "[grammar][basic]") {
  for (auto const& c : element_cases) {
    exact_buffer const in(c.input);
    INFO('"' << c.input << '"');
    std::vector<std::pair<std::string_view, std::size_t>> got;
    for_each_element(in.view(),
                     [&](std::string_view e, std::size_t at) { got.emplace_back(e, at); });
    CHECK(got == c.elements);
  }
  // A callback that returns false stops the walk.
  std::vector<std::string_view> first_two;
  for_each_element("a, b, c, d", [&](std::string_view e) {
    first_two.push_back(e);
    return first_two.size() < 2;
  });
  CHECK(first_two == std::vector<std::string_view>{"a", "b"});
  // Usable in constant expressions.
  static_assert([] {
    int n = 0;
    for_each_element(R"(a, "b,c", (d, e), <f,g>)", [&](std::string_view) { ++n; });
    return n;
  }() == 4);
}
