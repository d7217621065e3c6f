//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_MESSAGE_TRAITS_HPP
#define RESPOLICY_MESSAGE_TRAITS_HPP

/** @file
    How generic code, the test matchers first, sees the message types of an HTTP library: as the
    views the rules read. An adapter for another library specializes `response_traits` for its
    response types and `request_traits` for its request types; `respolicy::catch2::conforms()`,
    `respolicy::gtest::conforms()` and the other matchers then accept them, and print them.
*/

#include <respolicy/message.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/report.hpp>
#include <respolicy/validate.hpp>

#include <cstddef>
#include <type_traits>

namespace respolicy {

/** How a response type of an HTTP library is viewed. The primary template is empty: a type is
    viewable once specialized with

    @code
    template <class F>
    static decltype(auto) with_view(Response const& res, request_context const* req, F&& f);
    @endcode

    which calls `f(response_view const&)` with a view of `res` valid during the call (the request
    it answers, or null, for what the view depends on: a header alone announces no content in an
    answer to HEAD) and returns what `f` returns.

    @par Example
    @code
    template <>
    struct respolicy::response_traits<mylib::response> {
      template <class F>
      static decltype(auto) with_view(mylib::response const& r, respolicy::request_context const*,
                                      F&& f) {
        std::vector<respolicy::field_view> lines;
        for (auto const& [name, value] : r.headers) lines.push_back({name, value});
        return f(respolicy::response_view{r.status, r.reason, 11, lines, r.body.size(), {},
   r.body});
      }
    };
    @endcode
*/
template <class Response>
struct response_traits {};

/** A `response_view` is its own view. */
template <>
struct response_traits<response_view> {
  /** Calls `f(res)`. */
  template <class F>
  static decltype(auto) with_view(response_view const& res, request_context const*, F&& f) {
    return f(res);
  }
};

/** How a request type of an HTTP library is viewed. The primary template is empty: a type is
    viewable once specialized with

    @code
    template <class F>
    static decltype(auto) with_context(Request const& req, F&& f);
    @endcode

    which calls `f(request_context const&)` with a view of `req` valid during the call and
    returns what `f` returns. */
template <class Request>
struct request_traits {};

/** A `request_context` is its own view. */
template <>
struct request_traits<request_context> {
  /** Calls `f(req)`. */
  template <class F>
  static decltype(auto) with_context(request_context const& req, F&& f) {
    return f(req);
  }
};

namespace detail {
struct view_probe {
  int operator()(response_view const&) const noexcept { return 0; }
  int operator()(request_context const&) const noexcept { return 0; }
};
}  // namespace detail

/** True when `response_traits<Response>` is specialized. */
template <class Response>
concept viewable_response = requires(Response const& res, request_context const* req) {
  response_traits<Response>::with_view(res, req, detail::view_probe{});
};

/** True when `request_traits<Request>` is specialized. */
template <class Request>
concept viewable_request = requires(Request const& req) {
  request_traits<Request>::with_context(req, detail::view_probe{});
};

/** Validates any viewable response, answering `req` (a viewable request, or null), under `pol`.

    @par Example
    @code
    auto rep = respolicy::validate_message(res, &req);  // res and req of any viewable types
    @endcode
*/
template <viewable_response Response, class Request = request_context>
requires viewable_request<Request>
[[nodiscard]] report validate_message(Response const& res, Request const* req = nullptr,
                                      policy const& pol = policy::standard()) {
  auto const run = [&](request_context const* ctx) {
    return response_traits<Response>::with_view(
        res, ctx, [&](response_view const& v) { return validate(v, ctx, pol); });
  };
  if (req == nullptr) return run(nullptr);
  return request_traits<Request>::with_context(*req,
                                               [&](request_context const& c) { return run(&c); });
}

}  // namespace respolicy

#endif
