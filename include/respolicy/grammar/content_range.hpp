//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_CONTENT_RANGE_HPP
#define RESPOLICY_GRAMMAR_CONTENT_RANGE_HPP

/// @file
/// Content-Range (RFC 9110 §14.4), and the range-unit of RFC 9110 §14.1.
///
/// @code
/// Content-Range       = range-unit SP ( range-resp / unsatisfied-range )
/// range-resp          = incl-range "/" ( complete-length / "*" )
/// incl-range          = first-pos "-" last-pos
/// unsatisfied-range   = "*/" complete-length
/// complete-length     = 1*DIGIT
/// range-unit          = token
/// first-pos           = 1*DIGIT
/// last-pos            = 1*DIGIT
/// @endcode
///
/// Examples from the RFC: `bytes 42-1233/1234`, `bytes 42-1233/*`, `bytes */1234` (§14.4),
/// `bytes 21010-47021/47022` (§15.3.7.1), `bytes 500-999/8000` (§15.3.7.2), `bytes */47022`
/// (§15.5.17).
///
/// - The grammar above is strict for the "bytes" unit (compared case-insensitively): exactly one
///   SP after the unit, no other whitespace, positions exact in 64 bits (larger is
///   error::overflow).
/// - "A Content-Range field value is invalid if it contains a range-resp that has a last-pos value
///   less than its first-pos value, or a complete-length value less than or equal to its
///   last-pos value": error::invalid at the offending number. The first half holds for every
///   unit; the second for bytes, whose positions are offsets from zero. Another unit counts its
///   own way ("The range unit name determines what kinds of range-spec are applicable to its own
///   specifiers", §14.1.1): `pages 1-1/1` is page one of one.
/// - Another range unit whose range part does not have the form above is returned as
///   `kind::other` with the raw text after the unit (range units are extensible, RFC 9110
///   §14.1, and a unit registered elsewhere may define its own form); it must be non-empty, start
///   with no whitespace and hold no control characters.

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>

#include <cstdint>
#include <string_view>

namespace respolicy::grammar {

/** A parsed Content-Range value. */
struct content_range {
  /** The form of the value. */
  enum class kind : std::uint8_t {
    satisfied,    ///< `unit first-last/complete` or `unit first-last/*`
    unsatisfied,  ///< `unit */complete`
    other,        ///< a unit other than bytes with a range part of its own; see `range`
  };

  std::string_view unit;  ///< the range-unit as written
  /** Which form the value has. */
  kind form = kind::satisfied;
  std::uint64_t first = 0;      ///< first-pos (satisfied)
  std::uint64_t last = 0;       ///< last-pos (satisfied)
  std::uint64_t complete = 0;   ///< complete-length, when complete_known
  bool complete_known = false;  ///< false for `first-last/*` (and for kind::other)
  std::string_view range;       ///< everything after `unit SP`

  /** True when the unit is "bytes" (case-insensitive). */
  constexpr bool bytes() const noexcept { return iequals(unit, "bytes"); }
  /** The number of units in a satisfied range: last - first + 1. */
  constexpr std::uint64_t length() const noexcept { return last - first + 1; }
};

/** Parses a Content-Range value.

    @code
    auto r = respolicy::grammar::parse_content_range("bytes 42-1233/1234");
    // r->first == 42, r->last == 1233, r->complete == 1234, r->length() == 1192
    @endcode
*/
[[nodiscard]] RESPOLICY_DECL result<content_range> parse_content_range(std::string_view s) noexcept;

}  // namespace respolicy::grammar

#endif
