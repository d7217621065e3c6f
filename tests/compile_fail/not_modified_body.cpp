//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: a 304 has no content (RFC 9110 §15.4.5); not_modified returns an
// empty_body response.

#include <respolicy/beast/respond.hpp>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  http::response<http::string_body> page{http::status::ok, 11};
  auto res = respond::not_modified(req, page);
  res.body() = "x";
}
