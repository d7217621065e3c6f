//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST NOT COMPILE: CR LF in a protocol of an Upgrade list, past its first (RFC 9110 §5.5,
// §7.8).

#include <respolicy/beast/respond.hpp>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  auto res = respond::upgrade_required(req, {"TLS/1.3", "h2c\r\nX: y"});
  (void)res;
}
