//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Testing a Beast handler with respolicy's GoogleTest matchers: besides the status and the content
// the test cares about, every response is checked against the HTTP rules for the request it
// answers.

#include <respolicy/gtest.hpp>

#include "handler.hpp"

namespace {

namespace http = boost::beast::http;
using respolicy::gtest::conforms;
using respolicy::gtest::conforms_to;
using respolicy::gtest::violates;
using ::testing::Not;

http::request<http::string_body> request(http::verb method, std::string target,
                                         std::string body = {}) {
  http::request<http::string_body> req{method, target, 11};
  req.body() = std::move(body);
  req.prepare_payload();
  return req;
}

TEST(Notes, EveryResponseConformsToItsRequest) {
  notes::handler handle;

  auto const put = request(http::verb::put, "/notes/todo", "buy milk\n");
  auto const created = handle(put);
  EXPECT_EQ(created.result(), http::status::created);
  EXPECT_THAT(created, conforms_to(put));
  EXPECT_THAT(handle(put), conforms_to(put));  // 204: replaced

  auto const get = request(http::verb::get, "/notes/todo");
  auto const read = handle(get);
  EXPECT_EQ(read.body(), "buy milk\n");
  // The strict policy also fails on SHOULD-level rules.
  EXPECT_THAT(read, conforms_to(get, respolicy::policy::strict()));

  auto const head = request(http::verb::head, "/notes/todo");
  EXPECT_THAT(handle(head), conforms_to(head));

  auto const post = request(http::verb::post, "/notes/todo", "x");
  EXPECT_THAT(handle(post), conforms_to(post));

  auto const del = request(http::verb::delete_, "/notes/todo");
  EXPECT_THAT(handle(del), conforms_to(del));
  EXPECT_THAT(handle(get), conforms_to(get));  // now a 404
}

TEST(Notes, WhatTheMatchersCatch) {
  // Beast's prepare_payload() gives an empty 204 a Content-Length: 0, which RFC 9110 §8.6
  // forbids; this is why the handler does not call it for 204.
  http::response<http::string_body> res{http::status::no_content, 11};
  res.prepare_payload();
  EXPECT_THAT(res, violates("no-content-length-1xx-204"));
  EXPECT_THAT(res, Not(conforms()));
}

}  // namespace
