//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_DELTA_SECONDS_HPP
#define RESPOLICY_GRAMMAR_DELTA_SECONDS_HPP

/** @file
    Non-negative decimal integers: delta-seconds (RFC 9111 §1.2.2), the value of Age (RFC 9111
    §5.1) and the argument of max-age, s-maxage and the other Cache-Control directives that count
    seconds; and plain `1*DIGIT` with exact 64-bit overflow detection, for Content-Length (RFC 9110
    §8.6) and the positions of Content-Range.

    @code
    delta-seconds  = 1*DIGIT                          ; RFC 9111 §1.2.2
    Age            = delta-seconds                    ; RFC 9111 §5.1
    Content-Length = 1*DIGIT                          ; RFC 9110 §8.6
    @endcode

    Leading zeros are part of the grammar and accepted ("007" is 7); they never cause an overflow.
    No sign, no fraction, no exponent, no whitespace (trim the field value first), no list.
*/

#include <respolicy/grammar/basic.hpp>

#include <chrono>
#include <cstdint>
#include <string_view>

namespace respolicy::grammar {

namespace detail {

/** The fast entry point of parse_decimal(): `1*DIGIT` of 1 to 8 digits, read as one word without
    a branch per digit. False for anything else, which parse_decimal() reads byte by byte. */
constexpr bool read_short_decimal(std::string_view s, std::uint64_t& out) noexcept {
  auto const n = s.size();
  if (n - 1 >= 8) return false;  // empty (wraps around) or longer
  // The digits at the top of the word, '0's below them: "512" reads as "00000512".
  constexpr std::uint64_t zeros = 0x3030303030303030ull;
  auto const w = load_le(s.data(), n) << (8 * (8 - n)) | (n == 8 ? 0 : zeros >> (8 * n));
  constexpr std::uint64_t high = 0xF0F0F0F0F0F0F0F0ull;
  if ((w & high) != zeros || ((w + 0x0606060606060606ull) & high) != zeros) return false;
  // Pairs, then fours, then all eight: 10 * a + b in each step's wider lanes.
  auto d = w - zeros;
  d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFull;
  d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFull;
  out = (d * 10000 + (d >> 32)) & 0xFFFFFFFFull;
  return true;
}

}  // namespace detail

/** Parses `1*DIGIT` as an exact unsigned 64-bit number: error::empty for "", error::syntax at the
    first byte that is not a digit when there is no digit before it, error::trailing at the first
    non-digit after digits, error::overflow (at the digit that overflows) above 2^64 - 1.

    @code
    auto n = respolicy::grammar::parse_decimal("3495");  // Content-Length: 3495
    @endcode
*/
[[nodiscard]] constexpr result<std::uint64_t> parse_decimal(std::string_view s) noexcept {
  if (std::uint64_t v = 0; detail::read_short_decimal(s, v)) return v;
  if (s.empty()) return fail(error::empty, 0, "empty number");
  cursor c{s};
  std::uint64_t v = 0;
  bool overflow = false;
  if (!c.digits(v, overflow)) {
    if (overflow) return fail(error::overflow, c.pos, "number above 2^64-1");
    return fail(error::syntax, 0, "expected DIGIT");
  }
  if (!c.done()) return fail(error::trailing, c.pos, "expected DIGIT or the end");
  return v;
}

/** A delta-seconds value as a cache reads it. */
struct delta_seconds {
  /** RFC 9111 §1.2.2: a value above 2^31 is read as 2^31 (2147483648). */
  static constexpr std::uint32_t max = 2147483648u;

  std::uint32_t seconds = 0;  ///< the value, or `max` when it was greater
  bool saturated = false;     ///< the value was greater than 2^31 (and may exceed 64 bits)

  /** The value as a duration. */
  constexpr std::chrono::seconds duration() const noexcept {
    return std::chrono::seconds{static_cast<std::int64_t>(seconds)};
  }
  /** Compares the values. */
  friend constexpr bool operator==(delta_seconds const&, delta_seconds const&) noexcept = default;
};

/** Parses delta-seconds (RFC 9111 §1.2.2). A value of any length is valid; one greater than 2^31
    saturates to 2^31 as a cache MUST read it, and is flagged. Errors as parse_decimal(), never
    error::overflow.

    @code
    auto age = respolicy::grammar::parse_delta_seconds("3600");  // age->seconds == 3600
    @endcode
*/
[[nodiscard]] constexpr result<delta_seconds> parse_delta_seconds(std::string_view s) noexcept {
  delta_seconds d;
  // Eight digits or fewer stay below 2^31: the word-at-a-time read, no saturation to watch for.
  if (std::uint64_t v = 0; detail::read_short_decimal(s, v)) {
    d.seconds = static_cast<std::uint32_t>(v);
    return d;
  }
  if (s.empty()) return fail(error::empty, 0, "empty delta-seconds");
  std::uint64_t v = 0;
  std::size_t i = 0;
  for (; i < s.size() && is_digit(s[i]); ++i) {
    // Saturated values stop growing; only the digits still need checking.
    if (!d.saturated) {
      v = v * 10 + static_cast<std::uint64_t>(s[i] - '0');
      if (v > delta_seconds::max) d.saturated = true;
    }
  }
  if (i == 0) return fail(error::syntax, 0, "expected DIGIT");
  if (i != s.size()) return fail(error::trailing, i, "expected DIGIT or the end");
  d.seconds = d.saturated ? delta_seconds::max : static_cast<std::uint32_t>(v);
  return d;
}

}  // namespace respolicy::grammar

#endif
