//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: a guarded handler returning a bare http::message_generator. The generator
// hides its message, so the guard could not check it; the static_assert says to return
// respolicy::beast::any_response instead.

#include <respolicy/beast/guard.hpp>

#include <boost/beast/http/string_body.hpp>

namespace http = boost::beast::http;

http::message_generator handle(http::request<http::string_body> const& req) {
  return http::response<http::string_body>{http::status::ok, req.version(), "hello"};
}

void compile_case(http::request<http::string_body> const& req) {
  auto const guarded = respolicy::beast::guard(&handle);
  auto msg = guarded(req);
  (void)msg;
}
