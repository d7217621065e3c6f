//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// MUST COMPILE: the correct forms of every refused case, built the same way, so the harness
// cannot pass because of a broken include path, flag or target.

#include <respolicy/beast/respond.hpp>

#include <string>
#include <string_view>

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;

void compile_case(http::request<http::empty_body> const& req) {
  auto a = respond::no_content(req);
  auto b = respond::make<204>(req);
  http::response<http::string_body> page{http::status::ok, 11};
  auto c = respond::not_modified(req, page);
  auto d = respond::switching_protocols(req, {"websocket"});
  auto e = respond::make<103>(req);
  auto f = respond::method_not_allowed(req, {http::verb::get, http::verb::head});
  auto g = respond::make<409>(req, "x", "text/plain");
  // Field values with HTAB and obs-text, which a field value may hold (RFC 9110 §5.5), and the
  // same checks at run time for strings that are not literals.
  auto h = respond::ok(req, "x", "text/plain; title=\"a\tb \xe9\"");
  std::string const type = "text/plain";
  auto i = respond::accepted(req, "x", type);
  auto j = respond::found(req, std::string_view("/a\tb"));
  auto k = respond::unauthorized(req, respond::challenge{"Basic", "api\t\xff", {{"a", "b"}}});
  auto l = respond::ok(req, "x", type.c_str(), {respond::entity_tag::strong("v\x80")});
  auto m = respond::upgrade_required(req, {"TLS/1.3", "h2c"});
  (void)a, (void)b, (void)c, (void)d, (void)e, (void)f, (void)g;
  (void)h, (void)i, (void)j, (void)k, (void)l, (void)m;
}
