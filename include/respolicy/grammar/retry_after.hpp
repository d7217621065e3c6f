//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_RETRY_AFTER_HPP
#define RESPOLICY_GRAMMAR_RETRY_AFTER_HPP

/** @file
    Retry-After (RFC 9110 §10.2.3).

    @code
    Retry-After   = HTTP-date / delay-seconds
    delay-seconds = 1*DIGIT
    @endcode

    Examples from the RFC: `Fri, 31 Dec 1999 23:59:59 GMT` and `120`. A value starting with a digit
    is read as delay-seconds, anything else as an HTTP-date (see http_date.hpp for what that
    accepts, obsolete forms included, which are flagged). Delay-seconds is an exact 64-bit count:
    larger values are error::overflow. No sign, fraction, unit, list or surrounding whitespace.
*/

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/grammar/http_date.hpp>

#include <chrono>
#include <cstdint>
#include <string_view>

namespace respolicy::grammar {

/** A parsed Retry-After value: a delay or a date. */
struct retry_after {
  bool is_date = false;  ///< true: `date` holds the value; false: `delay_seconds` does
  /** The delay, when the value is delay-seconds. */
  std::uint64_t delay_seconds = 0;
  /** The date, when the value is an HTTP-date. */
  http_date date{};

  /** The time to wait counted from `now` (the response's Date); zero for a date in the past. */
  constexpr std::chrono::seconds delay_from(std::chrono::sys_seconds now) const noexcept {
    if (!is_date) return std::chrono::seconds{static_cast<std::int64_t>(delay_seconds)};
    return date.time > now ? date.time - now : std::chrono::seconds{0};
  }
};

namespace detail {
inline result<retry_after> retry_after_date(result<http_date> const& date) noexcept {
  if (!date) {
    auto e = date.error();
    if (e.code == error::syntax && e.offset == 0) e.what = "expected delay-seconds or HTTP-date";
    return e;
  }
  retry_after r;
  r.is_date = true;
  r.date = *date;
  return r;
}
inline result<retry_after> retry_after_delay(std::string_view s) noexcept {
  auto const n = parse_decimal(s);
  if (!n) return n.error();
  retry_after r;
  r.delay_seconds = *n;
  return r;
}
}  // namespace detail

/** Parses Retry-After; an RFC 850 date's two-digit year is resolved against `now`.

    @code
    auto r = respolicy::grammar::parse_retry_after("120");  // !r->is_date, r->delay_seconds == 120
    @endcode
*/
[[nodiscard]] inline result<retry_after> parse_retry_after(std::string_view s,
                                                           std::chrono::sys_seconds now) noexcept {
  if (s.empty()) return fail(error::empty, 0, "empty Retry-After");
  if (is_digit(s.front())) return detail::retry_after_delay(s);
  return detail::retry_after_date(parse_http_date(s, now));
}

/** As above, with RFC 850 two-digit years resolved against the system clock. */
[[nodiscard]] inline result<retry_after> parse_retry_after(std::string_view s) noexcept {
  if (s.empty()) return fail(error::empty, 0, "empty Retry-After");
  if (is_digit(s.front())) return detail::retry_after_delay(s);
  return detail::retry_after_date(parse_http_date(s));
}

}  // namespace respolicy::grammar

#endif
