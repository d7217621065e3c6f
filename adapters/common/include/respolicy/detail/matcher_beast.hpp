//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_DETAIL_MATCHER_BEAST_HPP
#define RESPOLICY_DETAIL_MATCHER_BEAST_HPP

// The matchers' support for Boost.Beast messages: responses of any Body and response headers are
// checked with respolicy::beast::check and printed through respolicy::beast::message_view.

#include <respolicy/beast/check.hpp>
#include <respolicy/beast/view.hpp>
#include <respolicy/detail/matcher_text.hpp>

#include <cstddef>
#include <string>

namespace respolicy::detail {

namespace http = boost::beast::http;

template <class Body, class Fields>
std::string response_text(http::message<false, Body, Fields> const& res) {
  beast::message_view const v{res};
  return response_text(v.view());
}

template <class Fields>
std::string response_text(http::header<false, Fields> const& res) {
  beast::message_view const v{res, beast::announced_size(res)};
  return response_text(v.view());
}

template <class Fields>
std::string request_text(matcher_tag, http::header<true, Fields> const& req) {
  beast::request_view const r{req};
  return request_text(r.context());
}

// A Beast response without a request, or with a Beast request: respolicy::beast::check.

template <class Body, class Fields>
report inspect(matcher_tag, http::message<false, Body, Fields> const& res, std::nullptr_t,
               policy const& pol) {
  return beast::check(res, pol);
}

template <class Body, class Fields, class RequestFields>
report inspect(matcher_tag, http::message<false, Body, Fields> const& res,
               http::header<true, RequestFields> const* req, policy const& pol) {
  return beast::check(res, *req, pol);
}

template <class Fields>
report inspect(matcher_tag, http::header<false, Fields> const& res, std::nullptr_t,
               policy const& pol) {
  return beast::check(res, pol);
}

template <class Fields, class RequestFields>
report inspect(matcher_tag, http::header<false, Fields> const& res,
               http::header<true, RequestFields> const* req, policy const& pol) {
  return beast::check(res, *req, pol);
}

// A Beast response with a core request context, and a core view with a Beast request: the same
// views respolicy::beast::check builds, passed to validate().

template <class Body, class Fields>
report inspect(matcher_tag, http::message<false, Body, Fields> const& res,
               request_context const* req, policy const& pol) {
  beast::message_view const v{res};
  return validate(v.view(), req, pol);
}

template <class Fields>
report inspect(matcher_tag, http::header<false, Fields> const& res, request_context const* req,
               policy const& pol) {
  bool const head = req != nullptr && req->method == "HEAD";
  beast::message_view const v{res, beast::announced_size(res, head)};
  return validate(v.view(), req, pol);
}

template <class RequestFields>
report inspect(matcher_tag, response_view const& res, http::header<true, RequestFields> const* req,
               policy const& pol) {
  beast::request_view const r{*req};
  return validate(res, &r.context(), pol);
}

}  // namespace respolicy::detail

#endif
