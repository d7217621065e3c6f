//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_CATCH2_PROBE_HPP
#define RESPOLICY_CATCH2_PROBE_HPP

/** @file
    Catch2 matchers that probe a Beast handler in-process for one target: `probe_conforms` and
    `probe_violates`, the `conforms` and `violates` of `<respolicy/catch2/matchers.hpp>` for the
    constraints only a second request shows (a 304 repeats the 200's ETag, a HEAD answer has the
    GET's fields, ...). They need respolicy::beast (`<respolicy/beast/probe.hpp>`), whose Boost.Asio
    headers more than double a test file's compile time, so `<respolicy/catch2.hpp>` leaves them
    out: include this header where a handler is probed.
*/

#include <respolicy/catch2/matchers.hpp>
#include <respolicy/detail/matcher_probe.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace respolicy::catch2 {

/** A Catch2 matcher that probes a handler for a target: made by `probe_conforms` and
    `probe_violates`.

    It accepts any handler `respolicy::beast::probe_handler` accepts: a callable taking an
    `http::request<http::string_body>` and returning an `http::response<Body, Fields>`, a
    `std::variant` of them, a `respolicy::beast::any_response` or an `http::message_generator`.
    The handler is copied for the probe (a handler that cannot be copied is called through a
    reference), so probing does not change the object the test holds. After a match its
    description lists every probe with its request line, status and findings, the request and
    response header fields of each probe that matters, and a summary.
*/
using probe_matcher =
    detail::expectation_matcher<respolicy::detail::probe_expectation, probe_report>;

/** Matches a handler that, probed for `target`, answers every probe and reports no
    error-severity finding under `pol`. `target` is a request-target, sent with `Host: localhost`;
    see the overload below for another host or fields every request carries.

    @par Example
    @code
    CHECK_THAT(handler, respolicy::catch2::probe_conforms("/doc"));
    CHECK_THAT(handler, respolicy::catch2::probe_conforms("/doc", respolicy::policy::unit_test()));
    @endcode

    @par Specification
    RFC 9110 §9.1, §9.3.2, §12.5.5, §13.1, §13.2, §14, §15.3.7, §15.4.5, §15.5.17; RFC 9112 §6.1.
*/
inline probe_matcher probe_conforms(std::string_view target,
                                    policy const& pol = policy::standard()) {
  return probe_matcher{{respolicy::detail::expectation_kind::conforms,
                        {},
                        respolicy::detail::to_probe_target(target),
                        pol}};
}

/** As above, for a full `probe_target`: a Host of its own, and fields such as Authorization.

    @par Example
    @code
    CHECK_THAT(handler, respolicy::catch2::probe_conforms(
                            {.host = "example.com", .target = "/doc",
                             .fields = {{"Authorization", "Bearer t"}}}));
    @endcode
*/
inline probe_matcher probe_conforms(probe_target target, policy const& pol = policy::standard()) {
  return probe_matcher{{respolicy::detail::expectation_kind::conforms, {}, std::move(target), pol}};
}

/** Matches a handler for which some probe of `target` reports rule `rule` (a catalog id or a house
    rule's id) under `pol`, at any severity. An id no rule has throws `std::invalid_argument`
    naming the closest ids, as `violates` does.

    @par Example
    @code
    CHECK_THAT(drops_etag_on_304, respolicy::catch2::probe_violates("/doc", "304-required-fields"));
    @endcode
*/
inline probe_matcher probe_violates(std::string_view target, std::string_view rule,
                                    policy const& pol = policy::standard()) {
  return probe_matcher{{respolicy::detail::expectation_kind::violates, rule,
                        respolicy::detail::to_probe_target(target), pol}};
}

/** As above, for a full `probe_target`. */
inline probe_matcher probe_violates(probe_target target, std::string_view rule,
                                    policy const& pol = policy::standard()) {
  return probe_matcher{
      {respolicy::detail::expectation_kind::violates, rule, std::move(target), pol}};
}

}  // namespace respolicy::catch2

#endif
