//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// RESPOLICY_ASSERT_CONFORMS in a build without NDEBUG: it checks, and calls the replaceable
// handler on an error.

#undef NDEBUG
#include <respolicy/beast/assert.hpp>

#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

namespace http = boost::beast::http;
namespace rb = respolicy::beast;

std::vector<std::string> failed_rules;
int failures = 0;
int last_line = 0;

void record(respolicy::report const& rep, rb::assert_site const& site) {
  ++failures;
  last_line = site.line;
  for (auto const& d : rep) failed_rules.emplace_back(d.rule);
}

struct handler_scope {
  rb::assert_handler previous = rb::set_assert_handler(&record);
  handler_scope() {
    failures = 0;
    failed_rules.clear();
  }
  ~handler_scope() { rb::set_assert_handler(previous); }
};

bool failed(std::string const& rule) {
  return std::find(failed_rules.begin(), failed_rules.end(), rule) != failed_rules.end();
}

}  // namespace

TEST_CASE("RESPOLICY_ASSERT_CONFORMS: a conforming response passes", "[beast][assert]") {
  handler_scope scope;
  http::response<http::string_body> res{http::status::ok, 11, "hello"};
  res.set(http::field::date, "Sun, 06 Nov 1994 08:49:37 GMT");
  res.set(http::field::content_type, "text/plain");
  res.prepare_payload();
  RESPOLICY_ASSERT_CONFORMS(res);
  http::request<http::empty_body> req{http::verb::get, "/", 11};
  RESPOLICY_ASSERT_CONFORMS(res, req);
  RESPOLICY_ASSERT_CONFORMS(res, req, respolicy::policy::strict());
  CHECK(failures == 0);
}

TEST_CASE("RESPOLICY_ASSERT_CONFORMS: an error calls the handler with the report",
          "[beast][assert]") {
  handler_scope scope;
  http::response<http::string_body> res{http::status::method_not_allowed, 11, "no"};
  res.prepare_payload();
  int const line = __LINE__ + 1;
  RESPOLICY_ASSERT_CONFORMS(res);
  CHECK(failures == 1);
  CHECK(last_line == line);
  CHECK(failed("405-allow-required"));

  // With the request: HEAD makes the body an error.
  http::response<http::string_body> ok{http::status::ok, 11, "hello"};
  ok.prepare_payload();
  http::request<http::empty_body> head{http::verb::head, "/", 11};
  RESPOLICY_ASSERT_CONFORMS(ok, head);
  CHECK(failures == 2);
  CHECK(failed("head-no-content"));

  // Injection fails the assertion even when the policy turns its rule off.
  auto pol = respolicy::policy::standard();
  pol.set("field-value-no-cr-lf-nul", respolicy::severity::off);
  ok.set("X-Name", "a\r\nb: c");
  RESPOLICY_ASSERT_CONFORMS(ok, http::request<http::empty_body>{}, pol);
  CHECK(failures == 3);
  CHECK(failed("field-value-no-cr-lf-nul"));
}

TEST_CASE("RESPOLICY_ASSERT_CONFORMS: warnings do not fail", "[beast][assert]") {
  handler_scope scope;
  http::response<http::string_body> res{http::status::service_unavailable, 11, "later"};
  res.prepare_payload();
  RESPOLICY_ASSERT_CONFORMS(res);  // 503 without Retry-After: a warning
  CHECK(failures == 0);
}

TEST_CASE("RESPOLICY_ASSERT_CONFORMS: the default handler is restored", "[beast][assert]") {
  auto const mine = rb::set_assert_handler(&record);
  CHECK(rb::set_assert_handler(nullptr) == &record);  // nullptr restores the default
  CHECK(rb::set_assert_handler(mine) == &rb::default_assert_handler);
}
