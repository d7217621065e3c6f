//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/delta_seconds.hpp>

#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using namespace respolicy::grammar;
using respolicy::test::exact_buffer;

namespace {

struct decimal_case {
  std::string_view input;
  bool ok;
  std::uint64_t value;  // when ok
  error code;           // when not
  std::size_t offset;
};

constexpr auto max64 = UINT64_MAX;

decimal_case const decimals[] = {
    // RFC 9110 §8.6: Content-Length: 3495.
    {"3495", true, 3495, {}, 0},
    {"0", true, 0, {}, 0},
    // Leading zeros are part of 1*DIGIT and never overflow.
    {"007", true, 7, {}, 0},
    {"00000000000000000000000000000000000042", true, 42, {}, 0},
    {"18446744073709551615", true, max64, {}, 0},
    {"018446744073709551615", true, max64, {}, 0},
    // One above 2^64 - 1, and far above: the offset is the digit that overflows.
    {"18446744073709551616", false, 0, error::overflow, 19},
    {"99999999999999999999999", false, 0, error::overflow, 19},
    {"", false, 0, error::empty, 0},
    // No sign, space, fraction, exponent, hex or list.
    {"-1", false, 0, error::syntax, 0},
    {"+1", false, 0, error::syntax, 0},
    {" 1", false, 0, error::syntax, 0},
    {"1 ", false, 0, error::trailing, 1},
    {"1.5", false, 0, error::trailing, 1},
    {"1e3", false, 0, error::trailing, 1},
    {"0x10", false, 0, error::trailing, 1},
    {"42, 42", false, 0, error::trailing, 2},
    {"\t42", false, 0, error::syntax, 0},
    {std::string_view("4\0"
                      "2",
                      3),
     false, 0, error::trailing, 1},
};

struct delta_case {
  std::string_view input;
  bool ok;
  std::uint32_t seconds;
  bool saturated;
  error code;
  std::size_t offset;
};

delta_case const deltas[] = {
    // RFC 9111 §5.2.1.1, §5.2.2.1: max-age=5; §5.1: Age.
    {"5", true, 5, false, {}, 0},
    {"0", true, 0, false, {}, 0},
    {"3600", true, 3600, false, {}, 0},
    {"0000000000000000000000000060", true, 60, false, {}, 0},
    // RFC 9111 §1.2.2: 2^31 is the largest value kept; anything larger reads as 2^31.
    {"2147483647", true, 2147483647u, false, {}, 0},
    {"2147483648", true, 2147483648u, false, {}, 0},
    {"2147483649", true, 2147483648u, true, {}, 0},
    {"18446744073709551616", true, 2147483648u, true, {}, 0},
    {"99999999999999999999999999999999999999999", true, 2147483648u, true, {}, 0},
    {"", false, 0, false, error::empty, 0},
    {"-5", false, 0, false, error::syntax, 0},
    {"5s", false, 0, false, error::trailing, 1},
    {"5 ", false, 0, false, error::trailing, 1},
    {" 5", false, 0, false, error::syntax, 0},
    {"5.0", false, 0, false, error::trailing, 1},
    {"\"5\"", false, 0, false, error::syntax, 0},
    {"99999999999999999999999x", false, 0, false, error::trailing, 23},
};

}  // namespace

TEST_CASE("delta_seconds: parse_decimal reads 1*DIGIT exactly in 64 bits",
          "[grammar][delta_seconds]") {
  for (auto const& c : decimals) {
    exact_buffer const in(c.input);
    INFO('"' << std::string(c.input) << '"');
    auto const r = parse_decimal(in.view());
    REQUIRE(r.has_value() == c.ok);
    if (c.ok) {
      CHECK(*r == c.value);
    } else {
      CHECK(r.error().code == c.code);
      CHECK(r.error().offset == c.offset);
    }
  }
  static_assert(*parse_decimal("3495") == 3495);
  static_assert(!parse_decimal("18446744073709551616"));
}

TEST_CASE("delta_seconds: parse_delta_seconds saturates at 2^31", "[grammar][delta_seconds]") {
  for (auto const& c : deltas) {
    exact_buffer const in(c.input);
    INFO('"' << std::string(c.input) << '"');
    auto const r = parse_delta_seconds(in.view());
    REQUIRE(r.has_value() == c.ok);
    if (c.ok) {
      CHECK(r->seconds == c.seconds);
      CHECK(r->saturated == c.saturated);
      CHECK(r->duration().count() == static_cast<std::int64_t>(c.seconds));
    } else {
      CHECK(r.error().code == c.code);
      CHECK(r.error().offset == c.offset);
    }
  }
  static_assert(parse_delta_seconds("60")->seconds == 60);
}
