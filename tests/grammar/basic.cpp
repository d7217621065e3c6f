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
