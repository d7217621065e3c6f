//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: a content type with CR LF would put a second field line of the
// caller's choosing on the wire (response splitting, RFC 9110 §5.5); a literal is refused at
// compile time.

#include <respolicy/beast/respond.hpp>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  auto res = respond::ok(req, "x", "text/plain\r\nSet-Cookie: session=attacker");
  (void)res;
}
