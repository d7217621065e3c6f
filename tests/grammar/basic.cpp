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

// Values of up to 64 bytes take the byte-mask path, longer ones the byte loop: trailing OWS
// changes nothing in a list, so padding a value past 64 bytes must give the same answer.
TEST_CASE("basic: the byte-mask path agrees with the byte loop", "[grammar][basic]") {
  std::mt19937 rng(20260601);
  constexpr std::string_view alphabet = "aZ9!*~,, \t\t;\"=(\x80\x01";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<std::size_t> length(0, 64);
  for (int i = 0; i < 5000; ++i) {
    std::string s(length(rng), ' ');
    for (auto& ch : s) ch = alphabet[pick(rng)];
    std::string const padded = s + std::string(70, ' ');
    exact_buffer const a(s), b(padded);
    INFO('"' << s << '"');
    auto const fast = parse_token_list(a.view());
    auto const slow = parse_token_list(b.view());
    REQUIRE(fast.has_value() == slow.has_value());
    if (fast) {
      CHECK(fast->size() == slow->size());
      CHECK(fast->empty_elements() == slow->empty_elements());
      CHECK(std::vector<std::string_view>(fast->begin(), fast->end()) ==
            std::vector<std::string_view>(slow->begin(), slow->end()));
    } else {
      CHECK(fast.error() == slow.error());
    }
  }
}

TEST_CASE("basic: classify and the masked token()", "[grammar][basic]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::size_t> length(0, 64);
  for (int i = 0; i < 5000; ++i) {
    std::string s(length(rng), ' ');
    for (auto& ch : s) ch = static_cast<char>(byte(rng) % 3 == 0 ? 'a' : byte(rng));
    exact_buffer const in(s);
    auto const m = detail::classify(in.view());
    detail::value_masks want;
    for (std::size_t j = 0; j < s.size(); ++j) {
      auto const bit = std::uint64_t{1} << j;
      char const ch = s[j];
      if (is_tchar(ch)) want.tchar |= bit;
      if (ch == ',') want.comma |= bit;
      if (is_ows(ch)) want.ows |= bit;
      if (ch == '=') want.equals |= bit;
      if (ch == '"') want.dquote |= bit;
    }
    INFO('"' << s << '"');
    REQUIRE(m.tchar == want.tchar);
    REQUIRE(m.comma == want.comma);
    REQUIRE(m.ows == want.ows);
    REQUIRE(m.equals == want.equals);
    REQUIRE(m.dquote == want.dquote);
    for (std::size_t at = 0; at <= s.size(); ++at) {
      cursor plain{in.view(), at};
      cursor masked{in.view(), at, &m.tchar};
      auto const x = plain.token(), y = masked.token();
      if (x != y || plain.pos != masked.pos) FAIL("token() differs at " << at);
    }
  }
}
