//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: the generic builder refuses content on a 204 (RFC 9110 §15.3.5).

#include <respolicy/beast/respond.hpp>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  auto res = respond::make<204>(req, "x", "text/plain");
  (void)res;
}
