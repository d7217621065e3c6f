//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: a 405 needs Allow (RFC 9110 §15.5.6); method_not_allowed has no
// overload without an allow set.

#include <respolicy/beast/respond.hpp>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  auto res = respond::method_not_allowed(req);
  (void)res;
}
