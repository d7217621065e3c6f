//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "failure_of.hpp"

#include <respolicy/gtest.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#if RESPOLICY_MATCHERS_BEAST
#include <boost/beast/http.hpp>
#endif

// The exact text GoogleTest reports when EXPECT_THAT fails: the expression, the matcher's
// description, the printed response and the findings.

namespace {

using respolicy::field_view;
using respolicy::request_context;
using respolicy::response_view;
using ::testing::Not;
namespace rg = respolicy::gtest;

using respolicy::test::failure_of;

constexpr char const* date = "Sun, 22 Nov 2026 10:00:00 GMT";

TEST(GTestMatchers, ConformingViewPasses) {
  field_view fields[] = {{"Date", date}, {"Content-Type", "text/plain"}, {"Content-Length", "5"}};
  response_view res{200, "OK", 11, fields, 5, {}, "hello"};
  EXPECT_THAT(res, rg::conforms());
  EXPECT_THAT(res, rg::conforms(respolicy::policy::strict()));
  EXPECT_EQ(failure_of([&] { EXPECT_THAT(res, Not(rg::conforms())); }),
            R"(Value of: res
Expected: does not conform to the standard policy
  Actual: HTTP/1.1 200 OK
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Type: text/plain
Content-Length: 5
[5 bytes of content: "hello"] (of type respolicy::response_view), which has no diagnostic)");
}

TEST(GTestMatchers, FailureShowsEachDiagnostic) {
  field_view fields[] = {{"Date", date}, {"Content-Length", "3"}};
  response_view res{204, "No Content", 11, fields, 3, {}, "abc"};
  EXPECT_EQ(failure_of([&] { EXPECT_THAT(res, rg::conforms()); }), R"(Value of: res
Expected: conforms to the standard policy
  Actual: HTTP/1.1 204 No Content
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Length: 3
[3 bytes of content: "abc"] (of type respolicy::response_view), which has 2 diagnostics:
  error no-content-204: A 204 response carries no content and no trailers [RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3]
    3 content bytes
  error no-content-length-1xx-204: A 1xx or 204 response has no Content-Length, not even Content-Length: 0 [RFC 9110 §8.6]
    in the Content-Length field: 3
to switch a rule off, give the matcher a policy p with p.set("no-content-204", respolicy::severity::off))");
  EXPECT_THAT(res, rg::violates("no-content-204"));
  EXPECT_THAT(res, Not(rg::violates("503-retry-after")));
}

TEST(GTestMatchers, StrictPolicyTurnsWarningsIntoFailures) {
  field_view fields[] = {{"Date", date}, {"Content-Length", "0"}};
  response_view res{503, "Service Unavailable", 11, fields, 0};
  EXPECT_THAT(res, rg::conforms());
  EXPECT_THAT(res, rg::violates("503-retry-after"));
  EXPECT_EQ(failure_of([&] { EXPECT_THAT(res, rg::conforms(respolicy::policy::strict())); }),
            R"(Value of: res
Expected: conforms to the strict policy
  Actual: HTTP/1.1 503 Service Unavailable
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Length: 0
[no content] (of type respolicy::response_view), which has 1 diagnostic:
  error 503-retry-after: A 503 response says when to retry in Retry-After [RFC 9110 §15.6.4]
    in the Retry-After field: 503 without Retry-After
to switch a rule off, give the matcher a policy p with p.set("503-retry-after", respolicy::severity::off))");
}

TEST(GTestMatchers, RequestDependentRulesNeedTheRequest) {
  field_view fields[] = {{"Date", date}, {"Allow", "GET, HEAD"}, {"Content-Length", "0"}};
  response_view res{405, "Method Not Allowed", 11, fields, 0};
  request_context const get{"GET"};
  EXPECT_THAT(res, rg::violates("405-allow-excludes-method", get));
  EXPECT_THAT(res, rg::conforms_to(get));
  EXPECT_EQ(failure_of([&] { EXPECT_THAT(res, rg::violates("405-allow-excludes-method")); }),
            R"(Value of: res
Expected: violates 405-allow-excludes-method under the standard policy
  Actual: HTTP/1.1 405 Method Not Allowed
Date: Sun, 22 Nov 2026 10:00:00 GMT
Allow: GET, HEAD
Content-Length: 0
[no content] (of type respolicy::response_view), which has no diagnostic)");
  EXPECT_EQ(
      failure_of([&] { EXPECT_THAT(res, Not(rg::violates("405-allow-excludes-method", get))); }),
      R"(Value of: res
Expected: does not violate 405-allow-excludes-method under the standard policy as a response to GET HTTP/1.1
  Actual: HTTP/1.1 405 Method Not Allowed
Date: Sun, 22 Nov 2026 10:00:00 GMT
Allow: GET, HEAD
Content-Length: 0
[no content] (of type respolicy::response_view), which has 3 diagnostics:
  warning 4xx-5xx-explanation: An error response explains the error and whether it is temporary or permanent [RFC 9110 §15.5, §15.6]
    405 with empty content
  warning 405-allow-excludes-method: The Allow of a 405 response does not list the request method [RFC 9110 §15.5.6, §10.2.1]
    in the Allow field: GET
  info 405-501-for-get-head: GET and HEAD are supported, not rejected with 405 or 501 [RFC 9110 §9.1]
    405 to GET)");
}

TEST(GTestMatchers, PrintsControlBytesEscaped) {
  field_view fields[] = {
      {"Date", date}, {"Location", "/a\r\nSet-Cookie: id=1"}, {"Content-Length", "0"}};
  response_view res{302, "Found", 11, fields, 0};
  EXPECT_THAT(res, rg::violates("field-value-no-cr-lf-nul"));
  EXPECT_EQ(::testing::PrintToString(res), R"(HTTP/1.1 302 Found
Date: Sun, 22 Nov 2026 10:00:00 GMT
Location: /a\r\nSet-Cookie: id=1
Content-Length: 0
[no content])");
}

TEST(GTestMatchers, HouseRulesAndUnknownIds) {
  respolicy::policy pol;
  pol.add_rule({"house-no-server", respolicy::severity::warning, "Responses do not name the server",
                "house style §2",
                [](response_view const& res, request_context const*) -> std::optional<std::string> {
                  for (auto const& f : res.fields)
                    if (f.name == "Server") return std::string(f.value);
                  return std::nullopt;
                }});
  field_view fields[] = {{"Date", date}, {"Server", "demo/1.0"}};
  response_view res{204, "No Content", 11, fields, 0};
  EXPECT_THAT(res, rg::violates("house-no-server", pol));
  EXPECT_THAT(res, rg::conforms(pol));
  EXPECT_EQ(::testing::DescribeMatcher<response_view>(rg::violates("house-no-server", pol)),
            "violates house-no-server under a custom policy");
  EXPECT_THROW(rg::violates("no-such-rule"), std::invalid_argument);
  // A mistyped id names the ids that were meant.
  try {
    rg::violates("405-allow");
    ADD_FAILURE() << "violates(\"405-allow\") did not throw";
  } catch (std::invalid_argument const& e) {
    EXPECT_STREQ(e.what(),
                 "respolicy: no rule has the id \"405-allow\"; did you mean "
                 "\"405-allow-required\" or \"405-allow-excludes-method\"?");
  }
}

#if RESPOLICY_MATCHERS_BEAST

namespace http = boost::beast::http;

template <class Body>
http::response<Body> make_response(http::status status) {
  http::response<Body> res{status, 11};
  res.set(http::field::date, date);
  return res;
}

TEST(GTestMatchers, BeastResponsesOfAnyBody) {
  auto ok = make_response<http::string_body>(http::status::ok);
  ok.set(http::field::content_type, "text/plain");
  ok.body() = "hello";
  ok.prepare_payload();
  EXPECT_THAT(ok, rg::conforms());

  auto empty = make_response<http::empty_body>(http::status::no_content);
  EXPECT_THAT(empty, rg::conforms(respolicy::policy::strict()));

  auto bytes = make_response<http::vector_body<char>>(http::status::no_content);
  bytes.body() = {'a', 'b', 'c'};
  EXPECT_EQ(failure_of([&] { EXPECT_THAT(bytes, rg::conforms()); }), R"(Value of: bytes
Expected: conforms to the standard policy
  Actual: HTTP/1.1 204 No Content
Date: Sun, 22 Nov 2026 10:00:00 GMT
[3 bytes of content: "abc"], which has 1 diagnostic:
  error no-content-204: A 204 response carries no content and no trailers [RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3]
    3 content bytes
to switch a rule off, give the matcher a policy p with p.set("no-content-204", respolicy::severity::off))");

  http::response_header<> header{};
  header.result(http::status::not_modified);
  header.set(http::field::date, date);
  EXPECT_THAT(header, rg::conforms());
  EXPECT_EQ(::testing::PrintToString(header), R"(HTTP/1.1 304 Not Modified
Date: Sun, 22 Nov 2026 10:00:00 GMT
[no content])");
}

TEST(GTestMatchers, BeastRequestsGiveContext) {
  http::request<http::empty_body> head{http::verb::head, "/", 11};
  auto res = make_response<http::string_body>(http::status::ok);
  res.set(http::field::content_type, "text/plain");
  res.set(http::field::etag, "\"v1\"");
  res.body() = "hello";
  res.prepare_payload();
  EXPECT_THAT(res, rg::conforms());
  EXPECT_THAT(res, rg::violates("head-no-content", head));
  EXPECT_EQ(failure_of([&] { EXPECT_THAT(res, rg::conforms_to(head)); }), R"(Value of: res
Expected: conforms to the standard policy as a response to HEAD / HTTP/1.1
  Actual: HTTP/1.1 200 OK
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Type: text/plain
ETag: "v1"
Content-Length: 5
[5 bytes of content: "hello"], which has 1 diagnostic:
  error head-no-content: A response to HEAD carries no content [RFC 9110 §9.3.2, §6.4.1; RFC 9112 §6.3]
    5 content bytes
to switch a rule off, give the matcher a policy p with p.set("head-no-content", respolicy::severity::off))");
}

http::request<http::string_body> make_request(http::verb method, std::string_view target) {
  http::request<http::string_body> req{method, target, 11};
  req.set(http::field::host, "example.com");
  return req;
}

// A handler as handlers under unit test usually are: it leaves Date to the server around it.
// It answers DELETE with a 204 and anything else with a 405 that forgets Allow.
http::response<http::string_body> handle(http::request<http::string_body> const& req) {
  http::response<http::string_body> res{http::status::no_content, req.version()};
  if (req.method() != http::verb::delete_) {
    res.result(http::status::method_not_allowed);
    res.set(http::field::content_type, "text/plain");
    res.body() = "DELETE only";
    res.prepare_payload();
  }
  return res;
}

TEST(GTestMatchers, ReadmeExamplePassesOnAHandlerWithoutDate) {
  // As in README.md, "Linting responses in tests".
  auto const req = make_request(http::verb::delete_, "/notes/todo");
  EXPECT_THAT(handle(req), respolicy::gtest::conforms_to(req, respolicy::policy::unit_test()));

  auto const standard = failure_of([&] { EXPECT_THAT(handle(req), rg::conforms_to(req)); });
  EXPECT_NE(standard.find("p.set(\"date-required\", respolicy::severity::off)"), std::string::npos)
      << standard;
  EXPECT_NE(standard.find("respolicy::policy::unit_test() is the standard policy without the "
                          "Date rules"),
            std::string::npos)
      << standard;

  auto const post = make_request(http::verb::post, "/items");
  EXPECT_EQ(failure_of([&] {
              EXPECT_THAT(handle(post), rg::conforms_to(post, respolicy::policy::unit_test()));
            }),
            R"(Value of: handle(post)
Expected: conforms to the unit-test policy as a response to POST /items HTTP/1.1
  Actual: HTTP/1.1 405 Method Not Allowed
Content-Type: text/plain
Content-Length: 11
[11 bytes of content: "DELETE only"], which has 1 diagnostic:
  error 405-allow-required: A 405 response lists the allowed methods in Allow [RFC 9110 §15.5.6, §10.2.1]
    in the Allow field: 405 without Allow
to switch a rule off, give the matcher a policy p with p.set("405-allow-required", respolicy::severity::off))");
}

#endif

}  // namespace

TEST(GTestMatchers, Http2ResponseIsJudgedByHttp2Rules) {
  // A response an HTTP/2 server built through another library, viewed with version 20.
  field_view fields[] = {{"date", date},
                         {"content-type", "text/plain"},
                         {"connection", "keep-alive"},
                         {"content-length", "5"}};
  response_view h2{200, "", 20, fields, 5, {}, "hello"};
  EXPECT_THAT(h2, rg::violates("no-connection-specific-fields"));
  EXPECT_THAT(h2, Not(rg::conforms()));
  response_view h1{200, "OK", 11, fields, 5, {}, "hello"};  // the same fields in HTTP/1.1
  EXPECT_THAT(h1, rg::conforms());
}
