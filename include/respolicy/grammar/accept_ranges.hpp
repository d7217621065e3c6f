//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_ACCEPT_RANGES_HPP
#define RESPOLICY_GRAMMAR_ACCEPT_RANGES_HPP

/** @file
    Accept-Ranges (RFC 9110 §14.3).

    @code
    Accept-Ranges     = acceptable-ranges
    acceptable-ranges = 1#range-unit
    range-unit        = token                        ; RFC 9110 §14.1
    @endcode

    Examples from the RFC: `bytes` and `none` ("none" is reserved to say that the resource supports
    no range requests). Range units are case-insensitive. At least one unit is required, so an
    empty value (or one of empty elements only) is error::empty. `none` beside other units parses
    (it is a token) and is reported (`none` with `units` > 1) for a checker to flag.
*/

#include <respolicy/grammar/basic.hpp>

#include <string_view>

namespace respolicy::grammar {

/** A parsed Accept-Ranges value. Iterating `units` yields every range unit, `none` included. */
struct accept_ranges {
  /** The range units, "bytes" or others. */
  token_list units;
  bool none = false;   ///< a unit is "none"
  bool bytes = false;  ///< a unit is "bytes"
};

/** Parses an Accept-Ranges value.

    @code
    auto a = respolicy::grammar::parse_accept_ranges("bytes");  // a->bytes
    @endcode
*/
[[nodiscard]] constexpr result<accept_ranges> parse_accept_ranges(std::string_view s) noexcept {
  auto r = parse_token_list(s);
  if (!r) {
    auto e = r.error();
    e.what = "expected a range-unit";
    return e;
  }
  if (r->empty()) return fail(error::empty, 0, "Accept-Ranges needs at least one range-unit");
  accept_ranges a;
  a.units = *r;
  for (auto u : a.units) {
    a.none |= iequals(u, "none");
    a.bytes |= iequals(u, "bytes");
  }
  return a;
}

}  // namespace respolicy::grammar

#endif
