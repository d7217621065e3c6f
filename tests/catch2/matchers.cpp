//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/catch2.hpp>

#include <fstream>
#include <iterator>
#include <optional>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if RESPOLICY_MATCHERS_BEAST
#include <boost/beast/http.hpp>
#endif

// The exact text Catch2 prints under "with expansion:" when CHECK_THAT fails (before its console
// reporter wraps long lines): the response, then the matcher's description and findings.

namespace {

using respolicy::field_view;
using respolicy::request_context;
using respolicy::response_view;
namespace rc = respolicy::catch2;

template <class Response, class Matcher>
std::pair<bool, std::string> expand(Response const& res, Matcher const& matcher) {
  auto const expr = Catch::makeMatchExpr(res, matcher, "matcher"_catch_sr);
  std::ostringstream os;
  expr.streamReconstructedExpression(os);
  return {expr.getResult(), os.str()};
}

constexpr char const* date = "Sun, 22 Nov 2026 10:00:00 GMT";

}  // namespace

TEST_CASE("catch2: a conforming view passes conforms()", "[catch2]") {
  field_view fields[] = {{"Date", date}, {"Content-Type", "text/plain"}, {"Content-Length", "5"}};
  response_view res{200, "OK", 11, fields, 5, {}, "hello"};
  CHECK_THAT(res, rc::conforms());
  CHECK_THAT(res, rc::conforms(respolicy::policy::minimal()));
  auto const [ok, text] = expand(res, rc::conforms());
  CHECK(ok);
  CHECK(text == R"(HTTP/1.1 200 OK
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Type: text/plain
Content-Length: 5
[5 bytes of content: "hello"] conforms to the standard policy
which has no diagnostic)");
}

TEST_CASE("catch2: conforms() shows each diagnostic of a failing view", "[catch2]") {
  field_view fields[] = {{"Date", date}, {"Content-Length", "3"}};
  response_view res{204, "No Content", 11, fields, 3, {}, "abc"};
  auto const [ok, text] = expand(res, rc::conforms());
  CHECK_FALSE(ok);
  CHECK(text == R"(HTTP/1.1 204 No Content
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Length: 3
[3 bytes of content: "abc"] conforms to the standard policy
which has 2 diagnostics:
  error no-content-204: A 204 response carries no content and no trailers [RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3]
    3 content bytes
  error no-content-length-1xx-204: A 1xx or 204 response has no Content-Length, not even Content-Length: 0 [RFC 9110 §8.6]
    in the Content-Length field: 3
to switch a rule off, give the matcher a policy p with p.set("no-content-204", respolicy::severity::off))");
  CHECK_THAT(res, rc::violates("no-content-204"));
  CHECK_THAT(res, rc::violates("no-content-length-1xx-204"));
}

TEST_CASE("catch2: warnings pass conforms() and fail it under the strict policy", "[catch2]") {
  field_view fields[] = {{"Date", date}, {"Content-Length", "0"}};
  response_view res{503, "Service Unavailable", 11, fields, 0};
  CHECK_THAT(res, rc::conforms());
  CHECK_THAT(res, rc::violates("503-retry-after"));
  auto const [ok, text] = expand(res, rc::conforms(respolicy::policy::strict()));
  CHECK_FALSE(ok);
  CHECK(text == R"(HTTP/1.1 503 Service Unavailable
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Length: 0
[no content] conforms to the strict policy
which has 1 diagnostic:
  error 503-retry-after: A 503 response says when to retry in Retry-After [RFC 9110 §15.6.4]
    in the Retry-After field: 503 without Retry-After
to switch a rule off, give the matcher a policy p with p.set("503-retry-after", respolicy::severity::off))");
}

TEST_CASE("catch2: request-dependent rules run only with the request", "[catch2]") {
  field_view fields[] = {{"Date", date}, {"Allow", "GET, HEAD"}, {"Content-Length", "0"}};
  response_view res{405, "Method Not Allowed", 11, fields, 0};
  request_context const get{"GET"};
  CHECK_THAT(res, rc::violates("405-allow-excludes-method", get));
  CHECK_THAT(res, rc::conforms_to(get));

  auto const [ok, text] = expand(res, rc::violates("405-allow-excludes-method"));
  CHECK_FALSE(ok);
  CHECK(text == R"(HTTP/1.1 405 Method Not Allowed
Date: Sun, 22 Nov 2026 10:00:00 GMT
Allow: GET, HEAD
Content-Length: 0
[no content] violates 405-allow-excludes-method under the standard policy
which has no diagnostic)");

  auto const strict = expand(res, rc::conforms_to(get, respolicy::policy::strict()));
  CHECK_FALSE(strict.first);
  CHECK(strict.second == R"(HTTP/1.1 405 Method Not Allowed
Date: Sun, 22 Nov 2026 10:00:00 GMT
Allow: GET, HEAD
Content-Length: 0
[no content] conforms to the strict policy as a response to GET HTTP/1.1
which has 3 diagnostics:
  error 4xx-5xx-explanation: An error response explains the error and whether it is temporary or permanent [RFC 9110 §15.5, §15.6]
    405 with empty content
  error 405-allow-excludes-method: The Allow of a 405 response does not list the request method [RFC 9110 §15.5.6, §10.2.1]
    in the Allow field: GET
  info 405-501-for-get-head: GET and HEAD are supported, not rejected with 405 or 501 [RFC 9110 §9.1]
    405 to GET
to switch a rule off, give the matcher a policy p with p.set("4xx-5xx-explanation", respolicy::severity::off))");
}

TEST_CASE("catch2: the printed response escapes control bytes", "[catch2]") {
  field_view fields[] = {
      {"Date", date}, {"Location", "/a\r\nSet-Cookie: id=1"}, {"Content-Length", "0"}};
  response_view res{302, "Found", 11, fields, 0};
  CHECK_THAT(res, rc::violates("field-value-no-cr-lf-nul"));
  CHECK(Catch::Detail::stringify(res) == R"(HTTP/1.1 302 Found
Date: Sun, 22 Nov 2026 10:00:00 GMT
Location: /a\r\nSet-Cookie: id=1
Content-Length: 0
[no content])");

  response_view streamed{200, "", 11, {}, std::nullopt};
  CHECK(Catch::Detail::stringify(streamed) == "HTTP/1.1 200\n[content of unknown length]");
  std::string const long_body(100, 'x');
  response_view big{200, "OK", 10, {}, 100, {}, long_body};
  CHECK(Catch::Detail::stringify(big) ==
        "HTTP/1.0 200 OK\n[100 bytes of content: \"" + std::string(60, 'x') + "...\"]");
}

TEST_CASE("catch2: violates() names house rules and refuses unknown ids", "[catch2]") {
  respolicy::policy pol;
  pol.add_rule({"house-no-server", respolicy::severity::warning, "Responses do not name the server",
                "house style §2",
                [](response_view const& res, request_context const*) -> std::optional<std::string> {
                  for (auto const& f : res.fields)
                    if (f.name == "Server") return std::string(f.value);
                  return std::nullopt;
                }});
  field_view fields[] = {{"Date", date}, {"Server", "demo/1.0"}, {"Content-Length", "0"}};
  response_view res{204, "No Content", 11, fields, 0};
  CHECK_THAT(res, rc::violates("house-no-server", pol));
  auto const [ok, text] = expand(res, rc::violates("no-content-204", pol));
  CHECK_FALSE(ok);
  CHECK(text == R"(HTTP/1.1 204 No Content
Date: Sun, 22 Nov 2026 10:00:00 GMT
Server: demo/1.0
Content-Length: 0
[no content] violates no-content-204 under a custom policy
which has 2 diagnostics:
  error no-content-length-1xx-204: A 1xx or 204 response has no Content-Length, not even Content-Length: 0 [RFC 9110 §8.6]
    in the Content-Length field: 0
  warning house-no-server: Responses do not name the server [house style §2]
    demo/1.0)");

  CHECK_THROWS_AS(rc::violates("no-such-rule"), std::invalid_argument);
  CHECK_THROWS_WITH(rc::violates("house-no-server"),
                    "respolicy: no rule has the id \"house-no-server\" (docs/rules.md lists every "
                    "rule)");
  // A mistyped id names the ids that were meant, house rules among them.
  CHECK_THROWS_WITH(rc::violates("405-allow"),
                    "respolicy: no rule has the id \"405-allow\"; did you mean "
                    "\"405-allow-required\" or \"405-allow-excludes-method\"?");
  CHECK_THROWS_WITH(rc::violates("house-no-srver", pol),
                    "respolicy: no rule has the id \"house-no-srver\"; did you mean "
                    "\"house-no-server\"?");
  CHECK(rc::conforms().toString() == "conforms to the standard policy");
}

TEST_CASE("catch2: a matcher used twice describes its latest match", "[catch2]") {
  field_view fields[] = {{"Date", date}, {"Content-Length", "0"}};
  response_view const clean{204, "No Content", 11, std::span{fields}.first(1), 0};
  response_view const framed{204, "No Content", 11, fields, 0};
  auto const matcher = rc::conforms();
  CHECK(matcher.match(framed) == false);
  CHECK(matcher.toString() ==
        "conforms to the standard policy\nwhich has 1 diagnostic:\n  error "
        "no-content-length-1xx-204: "
        "A 1xx or 204 response has no Content-Length, not even Content-Length: 0 "
        "[RFC 9110 §8.6]\n    in the Content-Length field: 0\nto switch a rule off, give the "
        "matcher a policy p with p.set(\"no-content-length-1xx-204\", respolicy::severity::off)");
  CHECK(matcher.match(clean));
  CHECK(matcher.toString() == "conforms to the standard policy\nwhich has no diagnostic");
}

#if RESPOLICY_MATCHERS_BEAST

namespace {

namespace http = boost::beast::http;

template <class Body>
http::response<Body> make_response(http::status status) {
  http::response<Body> res{status, 11};
  res.set(http::field::date, date);
  return res;
}

}  // namespace

TEST_CASE("catch2: Beast responses of any Body", "[catch2][beast]") {
  auto ok = make_response<http::string_body>(http::status::ok);
  ok.set(http::field::content_type, "text/plain");
  ok.body() = "hello";
  ok.prepare_payload();
  CHECK_THAT(ok, rc::conforms());

  auto empty = make_response<http::empty_body>(http::status::no_content);
  CHECK_THAT(empty, rc::conforms(respolicy::policy::strict()));

  auto bytes = make_response<http::vector_body<char>>(http::status::no_content);
  bytes.body() = {'a', 'b', 'c'};
  auto const [matched, text] = expand(bytes, rc::conforms());
  CHECK_FALSE(matched);
  CHECK(text == R"(HTTP/1.1 204 No Content
Date: Sun, 22 Nov 2026 10:00:00 GMT
[3 bytes of content: "abc"] conforms to the standard policy
which has 1 diagnostic:
  error no-content-204: A 204 response carries no content and no trailers [RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3]
    3 content bytes
to switch a rule off, give the matcher a policy p with p.set("no-content-204", respolicy::severity::off))");

  auto streamed = make_response<http::buffer_body>(http::status::ok);
  streamed.chunked(true);
  CHECK(Catch::Detail::stringify(streamed) == R"(HTTP/1.1 200 OK
Date: Sun, 22 Nov 2026 10:00:00 GMT
Transfer-Encoding: chunked
[content of unknown length])");

  http::response_header<> header{};
  header.result(http::status::not_modified);
  header.set(http::field::date, date);
  CHECK_THAT(header, rc::conforms());
}

TEST_CASE("catch2: Beast requests give the request-dependent rules their context",
          "[catch2][beast]") {
  http::request<http::empty_body> head{http::verb::head, "/", 11};
  auto res = make_response<http::string_body>(http::status::ok);
  res.set(http::field::content_type, "text/plain");
  res.set(http::field::etag, "\"v1\"");
  res.body() = "hello";
  res.prepare_payload();
  CHECK_THAT(res, rc::conforms());
  CHECK_THAT(res, rc::violates("head-no-content", head));

  auto const [matched, text] = expand(res, rc::conforms_to(head));
  CHECK_FALSE(matched);
  CHECK(text == R"(HTTP/1.1 200 OK
Date: Sun, 22 Nov 2026 10:00:00 GMT
Content-Type: text/plain
ETag: "v1"
Content-Length: 5
[5 bytes of content: "hello"] conforms to the standard policy as a response to HEAD / HTTP/1.1
which has 1 diagnostic:
  error head-no-content: A response to HEAD carries no content [RFC 9110 §9.3.2, §6.4.1; RFC 9112 §6.3]
    5 content bytes
to switch a rule off, give the matcher a policy p with p.set("head-no-content", respolicy::severity::off))");

  // A core view answered with a Beast request, and a Beast response with a core context.
  field_view fields[] = {{"Date", date}, {"Content-Length", "5"}};
  response_view view{200, "OK", 11, fields, 5};
  CHECK_THAT(view, rc::violates("head-no-content", head));
  CHECK_THAT(res, rc::violates("head-no-content", request_context{"HEAD"}));
}

namespace {

http::request<http::string_body> make_request(http::verb method, std::string_view target) {
  http::request<http::string_body> req{method, target, 11};
  req.set(http::field::host, "example.com");
  return req;
}

// A handler as handlers under unit test usually are: it leaves Date to the server around it.
// It answers GET with the note and anything else with a 405 that forgets Allow.
http::response<http::string_body> handle(http::request<http::string_body> const& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::content_type, "text/plain");
  res.body() = "buy milk";
  if (req.method() != http::verb::get) {
    res.result(http::status::method_not_allowed);
    res.set(http::field::content_type, "application/problem+json");
    res.body() = R"({"title":"Method Not Allowed","status":405})";
  }
  res.prepare_payload();
  return res;
}

}  // namespace

TEST_CASE("catch2: README's matcher example passes on a handler that sets no Date",
          "[catch2][beast]") {
  // As in README.md, "Linting responses in tests".
  auto const req = make_request(http::verb::get, "/notes/todo");
  CHECK_THAT(handle(req), respolicy::catch2::conforms_to(req, respolicy::policy::unit_test()));

  // The standard policy asks for Date, and its failure says which profile leaves it out.
  auto const standard = expand(handle(req), rc::conforms_to(req));
  CHECK_FALSE(standard.first);
  CHECK(standard.second.find("p.set(\"date-required\", respolicy::severity::off)") !=
        std::string::npos);
  CHECK(standard.second.find("respolicy::policy::unit_test() is the standard policy without the "
                             "Date rules") != std::string::npos);

  // A wrong answer still fails under unit_test(); the text names the request line, target
  // included, and how to switch the rule off.
  auto const post = make_request(http::verb::post, "/items");
  auto const [matched, text] =
      expand(handle(post), rc::conforms_to(post, respolicy::policy::unit_test()));
  CHECK_FALSE(matched);
  CHECK(text == R"(HTTP/1.1 405 Method Not Allowed
Content-Type: application/problem+json
Content-Length: 43
[43 bytes of content: "{"title":"Method Not Allowed","status":405}"] conforms to the unit-test policy as a response to POST /items HTTP/1.1
which has 1 diagnostic:
  error 405-allow-required: A 405 response lists the allowed methods in Allow [RFC 9110 §15.5.6, §10.2.1]
    in the Allow field: 405 without Allow
to switch a rule off, give the matcher a policy p with p.set("405-allow-required", respolicy::severity::off))");
}

TEST_CASE("catch2: README names the unit-test policy in its matcher examples", "[catch2]") {
  std::ifstream in(RESPOLICY_SOURCE_DIR "/README.md");
  std::string const readme{std::istreambuf_iterator<char>(in), {}};
  CHECK(readme.find("CHECK_THAT(handle(req), respolicy::catch2::conforms_to(req, "
                    "respolicy::policy::unit_test()));") != std::string::npos);
  CHECK(readme.find("EXPECT_THAT(handle(req), respolicy::gtest::conforms_to(req, "
                    "respolicy::policy::unit_test()));") != std::string::npos);
}

#endif

// Fails on purpose; hidden from normal runs. CTest runs it alone (respolicy.catch2.failure_report)
// and checks the report Catch2 prints for a failing CHECK_THAT.
TEST_CASE("catch2: a failing CHECK_THAT as Catch2 reports it", "[.][failure-report]") {
  field_view fields[] = {{"Date", date}, {"Content-Length", "3"}};
  response_view res{204, "No Content", 11, fields, 3, {}, "abc"};
  CHECK_THAT(res, rc::conforms());
}

TEST_CASE("catch2: an HTTP/2 response is judged by HTTP/2's rules", "[catch2]") {
  // A response an HTTP/2 server built through another library, viewed with version 20.
  field_view fields[] = {{"date", date},
                         {"content-type", "text/plain"},
                         {"connection", "keep-alive"},
                         {"content-length", "5"}};
  response_view h2{200, "", 20, fields, 5, {}, "hello"};
  CHECK_THAT(h2, rc::violates("no-connection-specific-fields"));
  auto const [ok, text] = expand(h2, rc::conforms());
  CHECK_FALSE(ok);
  CHECK(text.starts_with("HTTP/2 200\n"));
  // The same fields in HTTP/1.1 are fine.
  response_view h1{200, "OK", 11, fields, 5, {}, "hello"};
  CHECK_THAT(h1, rc::conforms());
}

// A response type of another HTTP library, and what its adapter writes for the matchers: a
// specialization of respolicy::response_traits (<respolicy/message_traits.hpp>).
namespace shop {
struct reply {
  int code = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};
}  // namespace shop

template <>
struct respolicy::response_traits<shop::reply> {
  template <class F>
  static decltype(auto) with_view(shop::reply const& r, request_context const*, F&& f) {
    std::vector<field_view> lines;
    for (auto const& [name, value] : r.headers) lines.push_back({name, value});
    auto const* s = respolicy::find_status(r.code);
    return f(response_view{r.code, s ? s->reason : "", 11, lines, r.body.size(), {}, r.body});
  }
};

TEST_CASE("catch2: a response type of another library, through response_traits", "[catch2]") {
  static_assert(respolicy::viewable_response<shop::reply>);
  shop::reply const ok{200,
                       {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"},
                        {"Content-Type", "text/plain"},
                        {"Content-Length", "2"}},
                       "hi"};
  CHECK_THAT(ok, rc::conforms());
  shop::reply const not_allowed{405, {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}}, ""};
  CHECK_THAT(not_allowed, rc::violates("405-allow-required"));
  request_context const head{"HEAD", 11, {}};
  shop::reply const head_content{200, ok.headers, "hi"};
  CHECK_THAT(head_content, rc::violates("head-no-content", head));

  auto const [passed, text] = expand(not_allowed, rc::conforms());
  CHECK_FALSE(passed);
  CHECK(text.starts_with("HTTP/1.1 405 Method Not Allowed\nDate: Sun, 06 Nov 1994 08:49:37 GMT"));
  CHECK(text.find("405-allow-required") != std::string::npos);
}
