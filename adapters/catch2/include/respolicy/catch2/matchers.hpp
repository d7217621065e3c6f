//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_CATCH2_MATCHERS_HPP
#define RESPOLICY_CATCH2_MATCHERS_HPP

#include <respolicy/detail/matchers.hpp>

// Catch2 v3 is split into many headers and has <catch2/catch_version_macros.hpp>; v2 is one header.
#if !defined(CATCH_VERSION_MAJOR)
#if __has_include(<catch2/catch_version_macros.hpp>)
#include <catch2/catch_version_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif
#endif

#if CATCH_VERSION_MAJOR >= 3
#include <catch2/matchers/catch_matchers_templated.hpp>
#endif

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace respolicy::catch2 {

namespace detail {
#if CATCH_VERSION_MAJOR >= 3
// Generic matchers take any argument type and compose with &&, || and !.
using matcher_base = Catch::Matchers::MatcherGenericBase;
#else
// Catch2 v2 calls match() and toString() on whatever CHECK_THAT is given, so a matcher whose
// match() is a template works with every response type (it does not compose with && and ||).
using matcher_base = Catch::Matchers::Impl::MatcherUntypedBase;
#endif
}  // namespace detail

namespace detail {

/** A Catch2 matcher over an expectation of <respolicy/detail/matchers.hpp> (or of
    <respolicy/detail/matcher_probe.hpp>): `check(arg)` finds a `Result`, `met_by` judges it, and
    `description` and `explain` say what was expected and what was found. */
template <class Expectation, class Result>
class expectation_matcher : public matcher_base {
 public:
  /** A matcher for expectation `e`. */
  explicit expectation_matcher(Expectation e) : expect_(std::move(e)) {}

  /** True when `arg` meets the expectation. */
  template <class Arg>
  bool match(Arg const& arg) const {
    last_ = expect_.check(arg);
    // Catch caches the description; a matcher object used again describes its latest match.
    m_cachedToString.clear();
    return expect_.met_by(*last_);
  }

  /** What the matcher expects, and after a match what was found. */
  std::string describe() const override {
    std::string out = expect_.description();
    if (last_) {
      out += '\n';
      out += expect_.explain(*last_);
    }
    return out;
  }

 private:
  Expectation expect_;
  // What the last match found: Catch asks for the description after matching.
  mutable std::optional<Result> last_;
};

}  // namespace detail

/** A Catch2 matcher that checks a response against a policy: made by `conforms`, `conforms_to` and
    `violates`.

    It accepts a `respolicy::response_view` and, when Boost.Beast support is available (link
    `respolicy::beast`), any `http::response<Body, Fields>` or response header. `Request` is `void`,
    `respolicy::request_context` or a Beast request type. After a match its description lists
    every diagnostic the policy reported, with rule id, severity, message and citation.

    @par Example
    @code
    CHECK_THAT(res, respolicy::catch2::conforms());
    @endcode
*/
template <class Request>
using response_matcher =
    detail::expectation_matcher<respolicy::detail::expectation<Request>, report>;

/** Matches a response with no error-severity diagnostic under `pol`; rules that need the request
    are skipped.

    @par Example
    @code
    CHECK_THAT(handle(req), respolicy::catch2::conforms());
    REQUIRE_THAT(res, respolicy::catch2::conforms(respolicy::policy::strict()));
    @endcode
*/
inline response_matcher<void> conforms(policy const& pol = policy::standard()) {
  return response_matcher<void>{{respolicy::detail::expectation_kind::conforms, {}, pol}};
}

/** Matches a response that conforms to `pol` as the answer to `req`, so the request-dependent
    rules run too. `req` is a `respolicy::request_context` (copied) or a Beast request or request
    header (referred to: it must outlive the matcher).

    @par Example
    @code
    http::request<http::empty_body> req{http::verb::head, "/", 11};
    CHECK_THAT(handle(req), respolicy::catch2::conforms_to(req));
    @endcode
*/
template <class Request>
response_matcher<Request> conforms_to(Request const& req, policy const& pol = policy::standard()) {
  return response_matcher<Request>{{respolicy::detail::expectation_kind::conforms, {}, pol, req}};
}

/** Matches a response for which `pol` reports rule `rule` (a catalog id or a house rule's id), at
    any severity. An id no rule has throws `std::invalid_argument`.

    @par Example
    @code
    respolicy::field_view fields[] = {{"Content-Length", "3"}};
    respolicy::response_view res{204, "No Content", 11, fields, 3};
    CHECK_THAT(res, respolicy::catch2::violates("no-content-204"));
    @endcode
*/
inline response_matcher<void> violates(std::string_view rule,
                                       policy const& pol = policy::standard()) {
  return response_matcher<void>{{respolicy::detail::expectation_kind::violates, rule, pol}};
}

/** As above, for the response to `req` (see `conforms_to`). */
template <class Request>
requires(!std::is_same_v<Request, policy>) response_matcher<Request> violates(
    std::string_view rule, Request const& req, policy const& pol = policy::standard()) {
  return response_matcher<Request>{{respolicy::detail::expectation_kind::violates, rule, pol, req}};
}

}  // namespace respolicy::catch2

#endif
