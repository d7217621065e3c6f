//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/content_range.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;
using respolicy::test::exact_buffer;
using kind = content_range::kind;

namespace {

struct good_case {
  std::string_view input;
  kind form;
  std::uint64_t first, last;
  bool complete_known;
  std::uint64_t complete;
  std::string_view unit = "bytes";
};

constexpr auto max64 = UINT64_MAX;

good_case const good[] = {
    // RFC 9110 §14.4.
    {"bytes 42-1233/1234", kind::satisfied, 42, 1233, true, 1234},
    {"bytes 42-1233/*", kind::satisfied, 42, 1233, false, 0},
    {"bytes */1234", kind::unsatisfied, 0, 0, true, 1234},
    // §15.3.7.1, §15.3.7.2, §15.5.17.
    {"bytes 21010-47021/47022", kind::satisfied, 21010, 47021, true, 47022},
    {"bytes 500-999/8000", kind::satisfied, 500, 999, true, 8000},
    {"bytes 7000-7999/8000", kind::satisfied, 7000, 7999, true, 8000},
    {"bytes */47022", kind::unsatisfied, 0, 0, true, 47022},
    // Edges: one byte, the last byte, zero complete length, leading zeros, 64-bit limits.
    {"bytes 0-0/1", kind::satisfied, 0, 0, true, 1},
    {"bytes 9-9/10", kind::satisfied, 9, 9, true, 10},
    {"bytes */0", kind::unsatisfied, 0, 0, true, 0},
    {"bytes 007-009/010", kind::satisfied, 7, 9, true, 10},
    {"bytes 0-18446744073709551614/18446744073709551615", kind::satisfied, 0, max64 - 1, true,
     max64},
    // The unit is case-insensitive.
    {"Bytes 0-9/10", kind::satisfied, 0, 9, true, 10, "Bytes"},
    {"BYTES */10", kind::unsatisfied, 0, 0, true, 10, "BYTES"},
    // Other units: the numeric form when they use it, the raw text when not.
    {"items 0-9/100", kind::satisfied, 0, 9, true, 100, "items"},
    {"pages 3-4/*", kind::satisfied, 3, 4, false, 0, "pages"},
    // Another unit counts its own way (RFC 9110 §14.1.1): page one of one.
    {"pages 1-1/1", kind::satisfied, 1, 1, true, 1, "pages"},
    {"rows 42", kind::other, 0, 0, false, 0, "rows"},
    {"x-date 2020-01-01..2020-12-31", kind::other, 0, 0, false, 0, "x-date"},
};

bad_case const bad[] = {
    {"", error::empty, 0},
    {" bytes 0-9/10", error::syntax, 0},
    {"bytes", error::syntax, 5},
    {"bytes ", error::syntax, 6},
    {"bytes  0-9/10", error::syntax, 6},
    {"bytes\t0-9/10", error::syntax, 5},
    {"bytes=0-9/10", error::syntax, 5},
    {"bytes 0-9/10 ", error::trailing, 12},
    {"bytes 0 - 9/10", error::syntax, 7},
    {"bytes 0-9 /10", error::syntax, 9},
    {"bytes 0-9/ 10", error::syntax, 10},
    {"bytes 0-9", error::syntax, 9},
    {"bytes 0-/10", error::syntax, 8},
    {"bytes -9/10", error::syntax, 6},
    {"bytes 0-9/", error::syntax, 10},
    {"bytes */*", error::syntax, 8},
    {"bytes *", error::syntax, 7},
    {"bytes */10 ", error::trailing, 10},
    {"bytes */10/20", error::trailing, 10},
    {"bytes 0-9/10, 20-29/100", error::trailing, 12},
    {"bytes 0x0-0x9/10", error::syntax, 7},
    {"bytes -1-9/10", error::syntax, 6},
    // Invalid: last-pos below first-pos; complete-length not above last-pos.
    {"bytes 10-5/100", error::invalid, 9},
    {"bytes 0-100/100", error::invalid, 12},
    {"bytes 0-99/50", error::invalid, 11},
    {"items 9-0/10", error::invalid, 8},
    // Numbers above 64 bits.
    {"bytes 0-18446744073709551616/*", error::overflow, 8},
    {"bytes */99999999999999999999", error::overflow, 8},
    {"bytes 99999999999999999999-1/2", error::overflow, 6},
    // Other units still need a unit, one SP and a range free of controls.
    {"rows ", error::syntax, 5},
    {"rows  42", error::syntax, 5},
    {"rows 4\x01"
     "2",
     error::syntax, 6},
    {"(bytes) 0-9/10", error::syntax, 0},
};

}  // namespace

TEST_CASE("content_range: well-formed values", "[grammar][content_range]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_content_range(in.view());
    REQUIRE(r);
    CHECK(r->form == c.form);
    CHECK(r->unit == c.unit);
    CHECK(r->bytes() == (c.unit == "bytes" || c.unit == "Bytes" || c.unit == "BYTES"));
    CHECK(r->range == in.view().substr(c.unit.size() + 1));
    if (c.form == kind::other) continue;
    CHECK(r->complete_known == c.complete_known);
    if (c.complete_known) CHECK(r->complete == c.complete);
    if (c.form == kind::satisfied) {
      CHECK(r->first == c.first);
      CHECK(r->last == c.last);
      CHECK(r->length() == c.last - c.first + 1);
    }
  }
}

TEST_CASE("content_range: values outside the grammar, invalid ranges, overflow",
          "[grammar][content_range]") {
  check_bad(bad, parse_content_range);
}
