//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GTEST_MATCHERS_HPP
#define RESPOLICY_GTEST_MATCHERS_HPP

#include <respolicy/detail/matchers.hpp>

#include <gmock/gmock.h>

#include <ostream>
#include <string_view>
#include <type_traits>
#include <utility>

namespace respolicy::gtest {

/** The implementation of the GoogleMock matchers made by `conforms`, `conforms_to` and
    `violates`; use it through `testing::PolymorphicMatcher`.

    It accepts a `respolicy::response_view` and, when Boost.Beast support is available (link
    `respolicy::beast`), any `http::response<Body, Fields>` or response header. The explanation of
    a result lists every diagnostic the policy reported, with rule id, severity, message and
    citation.
*/
template <class Request>
class response_matcher {
 public:
  /** A matcher for expectation `e`. */
  explicit response_matcher(respolicy::detail::expectation<Request> e) : expect_(std::move(e)) {}

  /** True when `res` meets the expectation; else explains the findings to `listener`. */
  template <class Response>
  bool MatchAndExplain(Response const& res, ::testing::MatchResultListener* listener) const {
    report const found = expect_.check(res);
    *listener << expect_.explain(found);
    return expect_.met_by(found);
  }

  /** What the matcher expects. */
  void DescribeTo(std::ostream* os) const { *os << expect_.description(); }
  /** What the negated matcher expects. */
  void DescribeNegationTo(std::ostream* os) const { *os << expect_.negation(); }

 private:
  respolicy::detail::expectation<Request> expect_;
};

/** Matches a response with no error-severity diagnostic under `pol`; rules that need the request
    are skipped.

    @par Example
    @code
    EXPECT_THAT(handle(req), respolicy::gtest::conforms());
    ASSERT_THAT(res, respolicy::gtest::conforms(respolicy::policy::strict()));
    @endcode
*/
inline ::testing::PolymorphicMatcher<response_matcher<void>> conforms(
    policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      response_matcher<void>{{respolicy::detail::expectation_kind::conforms, {}, pol}});
}

/** Matches a response that conforms to `pol` as the answer to `req`, so the request-dependent
    rules run too. `req` is a `respolicy::request_context` (copied) or a Beast request or request
    header (referred to: it must outlive the matcher).

    @par Example
    @code
    http::request<http::empty_body> req{http::verb::head, "/", 11};
    EXPECT_THAT(handle(req), respolicy::gtest::conforms_to(req));
    @endcode
*/
template <class Request>
::testing::PolymorphicMatcher<response_matcher<Request>> conforms_to(
    Request const& req, policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      response_matcher<Request>{{respolicy::detail::expectation_kind::conforms, {}, pol, req}});
}

/** Matches a response for which `pol` reports rule `rule` (a catalog id or a house rule's id), at
    any severity. An id no rule has throws `std::invalid_argument`.

    @par Example
    @code
    respolicy::field_view fields[] = {{"Content-Length", "3"}};
    respolicy::response_view res{204, "No Content", 11, fields, 3};
    EXPECT_THAT(res, respolicy::gtest::violates("no-content-204"));
    @endcode
*/
inline ::testing::PolymorphicMatcher<response_matcher<void>> violates(
    std::string_view rule, policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      response_matcher<void>{{respolicy::detail::expectation_kind::violates, rule, pol}});
}

/** As above, for the response to `req` (see `conforms_to`). */
template <class Request>
requires(!std::is_same_v<Request, policy>)::testing::PolymorphicMatcher<
    response_matcher<Request>> violates(std::string_view rule, Request const& req,
                                        policy const& pol = policy::standard()) {
  return ::testing::MakePolymorphicMatcher(
      response_matcher<Request>{{respolicy::detail::expectation_kind::violates, rule, pol, req}});
}

}  // namespace respolicy::gtest

#endif
