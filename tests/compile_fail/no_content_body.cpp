//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: a 204 has no content (RFC 9110 §15.3.5); no_content returns an
// empty_body response, which cannot take one.

#include <respolicy/beast/respond.hpp>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  auto res = respond::no_content(req);
  res.body() = "x";
}
