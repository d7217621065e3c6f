//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// RESPOLICY_ASSERT_CONFORMS in a build with NDEBUG: its arguments are not evaluated.

#ifndef NDEBUG
#define NDEBUG
#endif
#include <respolicy/beast/assert.hpp>

#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

namespace {

namespace http = boost::beast::http;

int handler_calls = 0;

void count(respolicy::report const&, respolicy::beast::assert_site const&) { ++handler_calls; }

}  // namespace

TEST_CASE("RESPOLICY_ASSERT_CONFORMS with NDEBUG: arguments not evaluated", "[beast][assert]") {
  auto const previous = respolicy::beast::set_assert_handler(&count);
  int evaluated = 0;
  auto make = [&] {
    ++evaluated;
    return http::response<http::string_body>{http::status::method_not_allowed, 11, "no"};
  };
  RESPOLICY_ASSERT_CONFORMS(make());
  http::request<http::empty_body> req;
  RESPOLICY_ASSERT_CONFORMS(make(), (++evaluated, req));
  (void)make;  // used only inside the macro's arguments, which NDEBUG discards
  CHECK(evaluated == 0);
  CHECK(handler_calls == 0);
  respolicy::beast::set_assert_handler(previous);
}
