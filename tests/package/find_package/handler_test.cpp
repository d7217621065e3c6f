//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The installed Beast adapter and GoogleTest matchers, as a user's test uses them.

#include <respolicy/beast/check.hpp>
#include <respolicy/gtest.hpp>

#include <boost/beast/http.hpp>

namespace http = boost::beast::http;

static_assert(RESPOLICY_MATCHERS_BEAST == 1, "the installed matchers accept Beast responses");

namespace {

http::response<http::string_body> handle(http::request<http::empty_body> const& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
  res.set(http::field::content_type, "text/plain");
  res.body() = "hello";
  res.prepare_payload();
  return res;
}

TEST(InstalledPackage, HandlerConforms) {
  http::request<http::empty_body> get{http::verb::get, "/", 11};
  EXPECT_THAT(handle(get), respolicy::gtest::conforms_to(get));
  // The handler forgets that a response to HEAD has no content.
  http::request<http::empty_body> head{http::verb::head, "/", 11};
  EXPECT_THAT(handle(head), respolicy::gtest::violates("head-no-content", head));
  EXPECT_THAT(handle(head), ::testing::Not(respolicy::gtest::conforms_to(head)));
}

}  // namespace
