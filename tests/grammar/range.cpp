//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/range.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;
using respolicy::test::exact_buffer;

namespace {

// A range-spec written back in one form: "first-last", "first-", "-suffix" or "other:text".
std::string written(range_spec const& s) {
  switch (s.form) {
    case range_spec::kind::int_range:
      return std::to_string(s.first) + "-" + (s.last_known ? std::to_string(s.last) : "");
    case range_spec::kind::suffix_range: return "-" + std::to_string(s.suffix);
    case range_spec::kind::other: return "other:" + std::string(s.text);
  }
  return "?";
}

std::vector<std::string> written(ranges_specifier const& r) {
  std::vector<std::string> v;
  for (auto const& s : r) v.push_back(written(s));
  return v;
}

struct good_case {
  std::string_view input;
  std::string_view unit;
  std::vector<std::string> specs;
};

good_case const good[] = {
    // RFC 9110 §14.1.2.
    {"bytes=0-499", "bytes", {"0-499"}},
    {"bytes=500-999", "bytes", {"500-999"}},
    {"bytes=-500", "bytes", {"-500"}},
    {"bytes=9500-", "bytes", {"9500-"}},
    {"bytes=0-0,-1", "bytes", {"0-0", "-1"}},
    {"bytes=500-600,601-999", "bytes", {"500-600", "601-999"}},
    {"bytes=500-700,601-999", "bytes", {"500-700", "601-999"}},
    // Edges: one byte, equal positions, zero suffix, leading zeros, 64-bit limits.
    {"bytes=0-0", "bytes", {"0-0"}},
    {"bytes=-0", "bytes", {"-0"}},
    {"bytes=007-009", "bytes", {"7-9"}},
    {"bytes=18446744073709551615-", "bytes", {"18446744073709551615-"}},
    {"bytes=0-18446744073709551615", "bytes", {"0-18446744073709551615"}},
    {"bytes=-18446744073709551615", "bytes", {"-18446744073709551615"}},
    // The unit is case-insensitive.
    {"Bytes=1-2", "Bytes", {"1-2"}},
    {"BYTES=-3", "BYTES", {"-3"}},
    // A recipient's list (RFC 9110 §5.6.1.1): OWS around commas, empty elements.
    {"bytes=0-1, 5-6,\t-3", "bytes", {"0-1", "5-6", "-3"}},
    {"bytes= 0-1 ,2-3 ", "bytes", {"0-1", "2-3"}},
    {"bytes=,0-1,,2-3,", "bytes", {"0-1", "2-3"}},
    // Many specs, ranges out of order and overlapping: the grammar keeps them as written.
    {"bytes=9-9,0-0,0-5,3-", "bytes", {"9-9", "0-0", "0-5", "3-"}},
    // Other units: int-range and suffix-range forms when they have them, other-range if not.
    {"pages=1-2", "pages", {"1-2"}},
    {"pages=-1", "pages", {"-1"}},
    {"items=a..z,5-", "items", {"other:a..z", "5-"}},
    {"x-date=2020-01-01", "x-date", {"other:2020-01-01"}},
    {"rows=1-2x", "rows", {"other:1-2x"}},
    {"rows=-", "rows", {"other:-"}},
    {"rows=--5", "rows", {"other:--5"}},
    {"rows=\"q\"", "rows", {"other:\"q\""}},
};

bad_case const bad[] = {
    {"", error::empty, 0},
    // The unit and "=": no whitespace, a token.
    {"=0-1", error::syntax, 0},
    {" bytes=0-1", error::syntax, 0},
    {"bytes", error::syntax, 5},
    {"bytes =0-1", error::syntax, 5},
    {"bytes:0-1", error::syntax, 5},
    {"bytes 0-1", error::syntax, 5},
    {"(bytes)=0-1", error::syntax, 0},
    // range-set = 1#range-spec.
    {"bytes=", error::syntax, 6},
    {"bytes=,", error::syntax, 6},
    {"bytes= , ,", error::syntax, 6},
    {"pages=", error::syntax, 6},
    // Byte ranges: int-range and suffix-range only (RFC 9110 §14.1.2).
    {"bytes=-", error::syntax, 7},
    {"bytes=5", error::syntax, 7},
    {"bytes=a-b", error::syntax, 6},
    {"bytes=0-1x", error::syntax, 9},
    {"bytes=0-1-2", error::syntax, 9},
    {"bytes=--5", error::syntax, 7},
    {"bytes=0 -1", error::syntax, 7},
    {"bytes=0- 1", error::syntax, 9},
    {"bytes=0-1 2-3", error::syntax, 10},
    {"bytes=0-1;2-3", error::syntax, 9},
    {"bytes=+1-2", error::syntax, 6},
    {"bytes=0x1-2", error::syntax, 7},
    {"bytes=\"0-1\"", error::syntax, 6},
    {"bytes=0-1,a", error::syntax, 10},
    {"bytes==0-1", error::syntax, 6},
    // Other units: other-range is VCHAR except comma.
    {"pages=a b", error::syntax, 8},
    {"pages=\x01", error::syntax, 6},
    {"pages=a\x7f", error::syntax, 7},
    // last-pos below first-pos is invalid in any unit (RFC 9110 §14.1.1).
    {"bytes=5-4", error::invalid, 8},
    {"bytes=0-1,10-9", error::invalid, 13},
    {"pages=2-1", error::invalid, 8},
    // Numbers above 64 bits.
    {"bytes=18446744073709551616-", error::overflow, 25},
    {"bytes=0-18446744073709551616", error::overflow, 27},
    {"bytes=-99999999999999999999", error::overflow, 26},
    {"bytes=0-1,-99999999999999999999", error::overflow, 30},
    {"pages=99999999999999999999-1", error::overflow, 25},
};

// A compile-time parse: the grammar is constexpr.
static_assert(parse_range("bytes=0-0,-1")->size() == 2);
static_assert(parse_range("bytes=0-0,-1")->begin()->last_known);
static_assert(parse_range("bytes=5-4").error().code == error::invalid);

}  // namespace

TEST_CASE("range: well-formed ranges-specifiers (RFC 9110 §14.1.1, §14.2)", "[grammar][range]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_range(in.view());
    REQUIRE(r);
    CHECK(r->unit == c.unit);
    CHECK(r->bytes() == iequals(c.unit, "bytes"));
    CHECK(r->size() == c.specs.size());
    CHECK(written(*r) == c.specs);
  }
}

TEST_CASE("range: values outside the grammar, invalid range-specs, overflow", "[grammar][range]") {
  check_bad(bad, parse_range);
}

TEST_CASE("range: range-specs view the input, with their offsets", "[grammar][range]") {
  exact_buffer const in("bytes=0-499, -500 ,,9500-");
  auto const r = parse_range(in.view());
  REQUIRE(r);
  CHECK(r->set.text() == in.view().substr(6));
  CHECK(r->set.empty_elements() == 1);
  std::vector<std::string_view> texts;
  std::vector<std::size_t> offsets;
  for (auto it = r->begin(); it != r->end(); ++it) {
    texts.push_back(it->text);
    offsets.push_back(it.offset());
    CHECK(it->text.data() >= in.view().data());
    CHECK(it->text.data() + it->text.size() <= in.view().data() + in.view().size());
  }
  CHECK(texts == std::vector<std::string_view>{"0-499", "-500", "9500-"});
  CHECK(offsets == std::vector<std::size_t>{0, 7, 14});
  auto const first = *r->begin();
  CHECK(first.form == range_spec::kind::int_range);
  CHECK(first.first == 0);
  CHECK(first.last == 499);
  CHECK(first.last_known);
}

TEST_CASE("range: long values", "[grammar][range]") {
  std::string v = "bytes=";
  for (int i = 0; i < 10000; ++i)
    v += std::to_string(i * 10) + "-" + std::to_string(i * 10 + 9) + ",";
  v += "-1";
  exact_buffer const in(v);
  auto const r = parse_range(in.view());
  REQUIRE(r);
  CHECK(r->size() == 10001);
  std::size_t n = 0;
  for (auto const& s : *r) n += s.form == range_spec::kind::int_range;
  CHECK(n == 10000);
}
