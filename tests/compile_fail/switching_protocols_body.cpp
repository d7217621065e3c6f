//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: a 1xx has no content (RFC 9110 §15.2); switching_protocols returns an
// empty_body response.

#include <respolicy/beast/respond.hpp>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  auto res = respond::switching_protocols(req, {"websocket"});
  res.body() = "x";
}
