//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_RANGE_HPP
#define RESPOLICY_GRAMMAR_RANGE_HPP

/// @file
/// Range (RFC 9110 §14.2): the ranges-specifier of a range request (RFC 9110 §14.1.1).
///
/// @code
/// Range              = ranges-specifier                          ; RFC 9110 §14.2
/// ranges-specifier   = range-unit "=" range-set                  ; RFC 9110 §14.1.1
/// range-unit         = token                                     ; RFC 9110 §14.1
/// range-set          = 1#range-spec
/// range-spec         = int-range / suffix-range / other-range
/// int-range          = first-pos "-" [ last-pos ]
/// first-pos          = 1*DIGIT
/// last-pos           = 1*DIGIT
/// suffix-range       = "-" suffix-length
/// suffix-length      = 1*DIGIT
/// other-range        = 1*( %x21-2B / %x2D-7E )  ; 1*(VCHAR excluding comma)
/// @endcode
///
/// Examples from the RFC (§14.1.2): `bytes=0-499`, `bytes=500-999`, `bytes=-500`, `bytes=9500-`,
/// `bytes=0-0,-1`, `bytes=500-600,601-999`, `bytes=500-700,601-999`.
///
/// - No whitespace before the unit or around "="; the range-set is read as a recipient reads a
///   list (RFC 9110 §5.6.1.1): OWS around commas and empty elements are accepted, and at least one
///   range-spec is needed (error::syntax at the start of the range-set otherwise).
/// - The "bytes" unit (compared case-insensitively, RFC 9110 §14.1) has int-range and suffix-range
///   only (§14.1.2): anything else is error::syntax at its first byte outside them. Another unit
///   may use other-range (range units are extensible, §14.1): an element that has the form of an
///   int-range or a suffix-range is read as one, any other is `kind::other` with its text.
/// - "A range-spec is invalid if the last-pos value is present and less than the first-pos"
///   (§14.1.1): error::invalid at last-pos, in any unit.
/// - Positions and lengths are read with parse_decimal(): exact in 64 bits, error::overflow at
///   the digit that overflows.
///
/// The result views the input and is iterated without allocation, each range-spec read again on
/// demand.

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/grammar/detail/list.hpp>

#include <cstdint>
#include <string_view>

namespace respolicy::grammar {

/** One range-spec of a ranges-specifier; `text` views the input. */
struct range_spec {
  /** The form of the range-spec. */
  enum class kind : std::uint8_t {
    int_range,     ///< `first-last`, or `first-` (to the end)
    suffix_range,  ///< `-length`: the last `length` units
    other,         ///< another unit's own form (other-range); see `text`
  };

  /** Which form the range-spec has. */
  kind form = kind::int_range;
  std::uint64_t first = 0;   ///< first-pos (int_range)
  std::uint64_t last = 0;    ///< last-pos (int_range), when last_known
  bool last_known = false;   ///< false for `first-`, which runs to the end of the representation
  std::uint64_t suffix = 0;  ///< suffix-length (suffix_range)
  std::string_view text;     ///< the range-spec as written
};

namespace detail {

/** The bytes of other-range: VCHAR except ",". */
constexpr bool is_other_range_char(char c) noexcept { return is_vchar(c) && c != ','; }

/** Reads first-pos, last-pos or suffix-length (`1*DIGIT`) at `c.pos` with parse_decimal(); the
    error::syntax `what` when there is no digit. */
constexpr result<std::uint64_t> parse_range_number(cursor& c, std::string_view what) noexcept {
  auto const start = c.pos;
  auto const end = c.s.find_first_not_of("0123456789", start);
  auto const digits = c.s.substr(start, (end == std::string_view::npos ? c.s.size() : end) - start);
  auto const n = parse_decimal(digits);
  if (!n) {
    if (n.error().code == error::overflow)
      return fail(error::overflow, start + n.error().offset, n.error().what);
    return fail(error::syntax, start, what);
  }
  c.pos = start + digits.size();
  return n;
}

/** Reads an int-range or a suffix-range at `c.pos` (RFC 9110 §14.1.1): the range-specs of the
    bytes unit (§14.1.2). */
constexpr result<range_spec> parse_byte_range_spec(cursor& c) noexcept {
  range_spec r;
  auto const start = c.pos;
  if (c.consume('-')) {
    auto const n = parse_range_number(c, "expected suffix-length after '-'");
    if (!n) return n.error();
    r.form = range_spec::kind::suffix_range;
    r.suffix = *n;
  } else {
    auto const first = parse_range_number(c, "expected first-pos or '-'");
    if (!first) return first.error();
    r.first = *first;
    if (!c.consume('-')) return fail(error::syntax, c.pos, "expected '-' after first-pos");
    if (is_digit(c.peek())) {
      auto const at = c.pos;
      auto const last = parse_range_number(c, "expected last-pos");
      if (!last) return last.error();
      if (*last < r.first) return fail(error::invalid, at, "last-pos below first-pos");
      r.last = *last;
      r.last_known = true;
    }
  }
  r.text = c.s.substr(start, c.pos - start);
  return r;
}

/** True when `s`, the bytes of an other-range, has the form of an int-range or a suffix-range:
    digits, one "-", digits, with a digit on at least one side. */
constexpr bool has_position_form(std::string_view s) noexcept {
  auto const dash = s.find('-');
  if (dash == std::string_view::npos || s.size() < 2) return false;
  auto const digits = [](std::string_view d) {
    return d.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return digits(s.substr(0, dash)) && digits(s.substr(dash + 1));
}

/** Reads a range-spec of any unit at `c.pos`: int-range, suffix-range or other-range. */
constexpr result<range_spec> parse_range_spec(cursor& c) noexcept {
  auto const start = c.pos;
  auto end = start;
  while (end < c.s.size() && is_other_range_char(c.s[end])) ++end;
  if (end == start) return fail(error::syntax, start, "expected a range-spec");
  auto const text = c.s.substr(start, end - start);
  if (has_position_form(text)) {
    cursor in{c.s.substr(0, end), start};  // the element alone: its errors keep their offsets
    auto r = parse_byte_range_spec(in);
    if (r) c.pos = end;
    return r;
  }
  c.pos = end;
  range_spec r;
  r.form = range_spec::kind::other;
  r.text = text;
  return r;
}

}  // namespace detail

/** The range-specs of a ranges-specifier, in order; empty elements are skipped. */
using range_set = list_view<range_spec, &detail::parse_range_spec>;

/** A parsed Range value (ranges-specifier); iterating it yields its range-specs. */
struct ranges_specifier {
  std::string_view unit;  ///< the range-unit as written
  range_set set;          ///< the range-specs

  /** True when the unit is "bytes" (case-insensitive). */
  constexpr bool bytes() const noexcept { return iequals(unit, "bytes"); }
  /** The number of range-specs. */
  constexpr std::size_t size() const noexcept { return set.size(); }
  /** The first range-spec. */
  constexpr range_set::iterator begin() const noexcept { return set.begin(); }
  /** Past the last range-spec. */
  constexpr range_set::iterator end() const noexcept { return set.end(); }
};

/** Parses a Range value (RFC 9110 §14.2).

    @code
    auto r = respolicy::grammar::parse_range("bytes=0-0,-1");
    // r->bytes(), r->size() == 2; the first spec has first == last == 0, the second suffix == 1
    for (auto const& spec : *r) use(spec);
    @endcode
*/
[[nodiscard]] constexpr result<ranges_specifier> parse_range(std::string_view s) noexcept {
  if (s.empty()) return fail(error::empty, 0, "empty Range");
  cursor c{s};
  ranges_specifier r;
  r.unit = c.token();
  if (r.unit.empty()) return fail(error::syntax, 0, "expected a range-unit (token)");
  if (!c.consume('=')) return fail(error::syntax, c.pos, "expected '=' after the range-unit");
  auto const set = s.substr(c.pos);
  auto const n = detail::parse_list<range_spec>(
      set, r.bytes() ? &detail::parse_byte_range_spec : &detail::parse_range_spec,
      detail::accept_all{});
  if (!n) {
    auto e = n.error();
    e.offset += c.pos;
    return e;
  }
  if (n->elements == 0) return fail(error::syntax, c.pos, "expected a range-spec");
  r.set = range_set(set, *n);
  return r;
}

}  // namespace respolicy::grammar

#endif
