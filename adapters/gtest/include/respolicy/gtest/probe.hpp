//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GTEST_PROBE_HPP
#define RESPOLICY_GTEST_PROBE_HPP

/** @file
    GoogleMock matchers that probe a Beast handler in-process for one target: `probe_conforms` and
    `probe_violates`, the `conforms` and `violates` of `<respolicy/gtest/matchers.hpp>` for the
    constraints only a second request shows (a 304 repeats the 200's ETag, a HEAD answer has the
    GET's fields, ...). They need respolicy::beast (`<respolicy/beast/probe.hpp>`), whose Boost.Asio
    headers more than double a test file's compile time, so `<respolicy/gtest.hpp>` leaves them
    out: include this header where a handler is probed.
*/

#include <respolicy/detail/matcher_probe.hpp>
#include <respolicy/gtest/matchers.hpp>

#include <gmock/gmock.h>

#include <ostream>
#include <string_view>
#include <utility>

namespace respolicy::gtest {

/** The implementation of the GoogleMock matchers made by `probe_conforms` and `probe_violates`;
    use it through `testing::PolymorphicMatcher`.

    It accepts any handler `respolicy::beast::probe_handler` accepts: a callable taking an
    `http::request<http::string_body>` and returning an `http::response<Body, Fields>`, a
    `std::variant` of them, a `respolicy::beast::any_response` or an `http::message_generator`.
    The handler is copied for the probe (a handler that cannot be copied is called through a
    reference). The explanation lists every probe with its request line, status and findings,
    the request and response header fields of each probe that matters, and a summary.
*/
class probe_matcher {
 public:
  /** A matcher for expectation `e`. */
  explicit probe_matcher(respolicy::detail::probe_expectation e) : expect_(std::move(e)) {}

  /** True when probing `handler` meets the expectation; explains what the probes found to
      `listener`. */
  template <class Handler>
  bool MatchAndExplain(Handler const& handler, ::testing::MatchResultListener* listener) const {
    probe_report const found = expect_.check(handler);
    *listener << expect_.explain(found);
    return expect_.met_by(found);
  }

  /** What the matcher expects. */
  void DescribeTo(std::ostream* os) const { *os << expect_.description(); }
  /** What the negated matcher expects. */
  void DescribeNegationTo(std::ostream* os) const { *os << expect_.negation(); }

 private:
  respolicy::detail::probe_expectation expect_;
};

/** Matches a handler that, probed for `target`, answers every probe and reports no
    error-severity finding under `pol`. `target` is a request-target, sent with `Host: localhost`;
    see the overload below for another host or fields every request carries.

    @par Example
    @code
    EXPECT_THAT(handler, respolicy::gtest::probe_conforms("/doc"));
    EXPECT_THAT(handler, respolicy::gtest::probe_conforms("/doc", respolicy::policy::unit_test()));
    @endcode

    @par Specification
    RFC 9110 §9.1, §9.3.2, §12.5.5, §13.1, §13.2, §14, §15.3.7, §15.4.5, §15.5.17; RFC 9112 §6.1.
*/
inline ::testing::PolymorphicMatcher<probe_matcher> probe_conforms(
    std::string_view target, policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      probe_matcher{{respolicy::detail::expectation_kind::conforms,
                     {},
                     respolicy::detail::to_probe_target(target),
                     pol}});
}

/** As above, for a full `probe_target`: a Host of its own, and fields such as Authorization. */
inline ::testing::PolymorphicMatcher<probe_matcher> probe_conforms(
    probe_target target, policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      probe_matcher{{respolicy::detail::expectation_kind::conforms, {}, std::move(target), pol}});
}

/** Matches a handler for which some probe of `target` reports rule `rule` (a catalog id or a house
    rule's id) under `pol`, at any severity. An id no rule has throws `std::invalid_argument`
    naming the closest ids, as `violates` does.

    @par Example
    @code
    EXPECT_THAT(drops_etag_on_304, respolicy::gtest::probe_violates("/doc", "304-required-fields"));
    @endcode
*/
inline ::testing::PolymorphicMatcher<probe_matcher> probe_violates(
    std::string_view target, std::string_view rule, policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      probe_matcher{{respolicy::detail::expectation_kind::violates, rule,
                     respolicy::detail::to_probe_target(target), pol}});
}

/** As above, for a full `probe_target`. */
inline ::testing::PolymorphicMatcher<probe_matcher> probe_violates(
    probe_target target, std::string_view rule, policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      probe_matcher{{respolicy::detail::expectation_kind::violates, rule, std::move(target), pol}});
}

}  // namespace respolicy::gtest

#endif
