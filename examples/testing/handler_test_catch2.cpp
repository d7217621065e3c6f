//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Testing a Beast handler with respolicy's Catch2 matchers: besides the status and the content the
// test cares about, every response is checked against the HTTP rules for the request it answers.

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <respolicy/catch2.hpp>

#include "handler.hpp"

namespace http = boost::beast::http;
using respolicy::catch2::conforms;
using respolicy::catch2::conforms_to;
using respolicy::catch2::violates;

namespace {

http::request<http::string_body> request(http::verb method, std::string target,
                                         std::string body = {}) {
  http::request<http::string_body> req{method, target, 11};
  req.body() = std::move(body);
  req.prepare_payload();
  return req;
}

}  // namespace

TEST_CASE("notes: every response conforms to the request it answers") {
  notes::handler handle;

  auto const put = request(http::verb::put, "/notes/todo", "buy milk\n");
  auto const created = handle(put);
  CHECK(created.result() == http::status::created);
  CHECK_THAT(created, conforms_to(put));

  auto const replaced = handle(put);
  CHECK(replaced.result() == http::status::no_content);
  CHECK_THAT(replaced, conforms_to(put));

  auto const get = request(http::verb::get, "/notes/todo");
  auto const read = handle(get);
  CHECK(read.body() == "buy milk\n");
  // The strict policy also fails on SHOULD-level rules.
  CHECK_THAT(read, conforms_to(get, respolicy::policy::strict()));

  auto const head = request(http::verb::head, "/notes/todo");
  CHECK_THAT(handle(head), conforms_to(head));

  auto const post = request(http::verb::post, "/notes/todo", "x");
  CHECK_THAT(handle(post), conforms_to(post));

  auto const del = request(http::verb::delete_, "/notes/todo");
  CHECK_THAT(handle(del), conforms_to(del));
  CHECK_THAT(handle(get), conforms_to(get));  // now a 404
}

TEST_CASE("notes: what the matchers catch") {
  // Beast's prepare_payload() gives an empty 204 a Content-Length: 0, which RFC 9110 §8.6
  // forbids; this is why the handler does not call it for 204.
  http::response<http::string_body> res{http::status::no_content, 11};
  res.prepare_payload();
  CHECK_THAT(res, violates("no-content-length-1xx-204"));
  CHECK_FALSE(conforms().match(res));
}
