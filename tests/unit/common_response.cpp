//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// check_common_response() (src/rules/common_response.cpp) decides common responses without the
// full checks. Here it is held to their verdict: for the typical 200 and many variants of it, each
// field changed to values in and just outside its usual form, under several requests and
// policies, validate() reports exactly what every check reports. The typical response must take
// the short way, or the comparison would prove nothing. The classification of the checked rules
// (src/rules/common_response.hpp) is held to the rules' breaking cases (tests/rules).

#include "rules/common_response.hpp"
#include "detail/byte_masks.hpp"
#include "detail/checker.hpp"
#include "detail/field_id.hpp"
#include "rules/rule_case.hpp"
#include "support/message_text.hpp"

#include <respolicy/respolicy.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using respolicy::field_view;

struct field {
  std::string name, value;
};

std::vector<field> const typical{
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Server", "respolicy-test/1.0"},
    {"Content-Type", "text/html; charset=utf-8"},
    {"Content-Length", "512"},
    {"ETag", "\"5f2b7c1d-200\""},
    {"Cache-Control", "public, max-age=3600"},
    {"Vary", "Accept-Encoding"},
    {"X-Request-Id", "7d1e4f0a-62b9-4b4e-9d57-0c3f2a8e91b6"},
};

struct response {
  int status = 200;
  std::string reason = "OK";
  int version = 11;
  std::vector<field> fields = typical;
  std::uint64_t body_size = 512;
};

std::vector<field_view> views(std::vector<field> const& fields) {
  std::vector<field_view> out;
  for (auto const& f : fields) out.push_back({f.name, f.value});
  return out;
}

std::string text(respolicy::report const& r) {
  std::string out;
  for (auto const& d : r) {
    out += std::string(d.rule) + " " + std::string(to_string(d.severity)) + " [" +
           std::string(d.field.view()) + "] " + std::string(d.detail.view()) + " line " +
           std::to_string(d.line) + "\n";
  }
  return out;
}

// The findings of `r` that validate_common(..., least) records: those at or above `least`, and
// those of rules with a safe repair.
respolicy::report at_least(respolicy::report const& r, respolicy::severity least) {
  respolicy::report out;
  for (auto const& d : r) {
    auto const* info = d.info();
    if (d.severity >= least || (info && info->repair == respolicy::repair_kind::safe)) out.add(d);
  }
  return out;
}

struct context {
  char const* what;
  bool has_request;
  std::string method;
  int version;
  std::vector<field> fields;
};

std::vector<context> const contexts{
    {"no request", false, "", 11, {}},
    {"GET", true, "GET", 11, {{"Host", "example.com"}}},
    {"POST", true, "POST", 11, {{"Host", "example.com"}, {"Content-Length", "3"}}},
    {"HEAD", true, "HEAD", 11, {}},
    {"OPTIONS", true, "OPTIONS", 11, {}},
    {"GET, HTTP/1.0", true, "GET", 10, {}},
    {"GET, Connection: close", true, "GET", 11, {{"Connection", "close"}}},
    {"GET, Authorization", true, "GET", 11, {{"Authorization", "Bearer x"}}},
    {"GET, Range", true, "GET", 11, {{"Range", "bytes=0-1"}}},
    {"method get", true, "get", 11, {}},
    {"empty method", true, "", 11, {}},
};

std::vector<respolicy::policy> policies() {
  std::vector<respolicy::policy> out{respolicy::policy::standard(), respolicy::policy::strict(),
                                     respolicy::policy::minimal()};
  auto const standard = [] { return respolicy::policy(respolicy::policy::standard()); };
  out.push_back(standard().role(respolicy::server_role::gateway));
  out.push_back(standard().role(respolicy::server_role::proxy));
  out.push_back(standard().has_clock(false));
  out.push_back(standard().persistent_connections(false));
  out.push_back(standard().set("200-validators", respolicy::severity::off));
  return out;
}

// What validate_common() promises of a response it calls common, whatever the policy: no CR, LF
// or NUL anywhere, no trailers, no Transfer-Encoding, and one Content-Length equal to the
// content's size.
void check_promise(respolicy::response_view const& res) {
  auto const clean = [](std::string_view s) {
    return s.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
  };
  CHECK(clean(res.reason));
  std::size_t lengths = 0;
  for (auto const& f : res.fields) {
    CHECK(clean(f.name));
    CHECK(clean(f.value));
    CHECK_FALSE(respolicy::detail::iequals(f.name, "transfer-encoding"));
    if (respolicy::detail::iequals(f.name, "content-length")) {
      ++lengths;
      CHECK(res.body_size);
      CHECK(std::stoull(std::string(f.value)) == res.body_size.value_or(0));
    }
  }
  CHECK(lengths == 1);
  CHECK(res.trailers.empty());
}

// Compares validate() with every check for one response in every context and policy; counts the
// runs that took the short way.
void compare(response const& r, std::size_t& short_way, std::size_t& runs) {
  auto const fields = views(r.fields);
  respolicy::response_view const res{r.status, r.reason, r.version, fields, r.body_size};
  for (auto const& p : policies()) {
    for (auto const& ctx : contexts) {
      auto const req_fields = views(ctx.fields);
      respolicy::request_context const req{ctx.method, ctx.version, req_fields};
      auto const* rq = ctx.has_request ? &req : nullptr;
      respolicy::report fast, full;
      respolicy::validate(res, rq, p, fast);
      respolicy::detail::validate_every_rule(res, rq, p, full);
      INFO("context: " << ctx.what);
      INFO("fields:\n"
           << [&] {
                std::string s;
                for (auto const& f : r.fields) s += "  " + f.name + ": " + f.value + "\n";
                return s;
              }());
      INFO("status " << r.status << " \"" << r.reason << "\", content " << r.body_size);
      CHECK(text(fast) == text(full));
      respolicy::report scratch;
      bool const common = respolicy::validate_common(res, rq, p, scratch);
      CHECK(text(scratch) == text(full));
      // As the Beast guard asks by default: the findings below warning left out.
      respolicy::report above;
      CHECK(respolicy::validate_common(res, rq, p, above, respolicy::severity::warning) == common);
      CHECK(text(above) == text(at_least(full, respolicy::severity::warning)));
      if (common) check_promise(res);
      short_way += common;
      ++runs;
    }
  }
}

response with(std::string_view name, std::string value) {
  response r;
  for (auto& f : r.fields)
    if (f.name == name) f.value = std::move(value);
  return r;
}

response without(std::string_view name) {
  response r;
  std::erase_if(r.fields, [&](field const& f) { return f.name == name; });
  return r;
}

response adding(std::string name, std::string value) {
  response r;
  r.fields.push_back({std::move(name), std::move(value)});
  return r;
}

using respolicy::detail::common_pass;

// The reasons check_common_response() has to refuse a response before reading its fields, and
// the known fields other than the ten it reads: one bit per common_pass value.
unsigned refusals(respolicy::response_view const& res, respolicy::request_context const* req,
                  respolicy::policy const& p) {
  using enum common_pass;
  using respolicy::detail::field_id;
  auto const bit = [](common_pass how) { return 1u << static_cast<unsigned>(how); };
  unsigned out = 0;
  if (res.status != 200 || res.reason != "OK") out |= bit(other_status);
  if (res.version != 11) out |= bit(other_version);
  if (req) {
    auto const m = req->method;
    bool refused =
        !(m.empty() || m == "GET" || m == "POST" || m == "PUT" || m == "DELETE" || m == "PATCH") ||
        (req->version != 10 && req->version != 11) || req->equivalent_200;
    for (auto const& f : req->fields) {
      auto const id = respolicy::detail::lookup_field(f.name);
      refused |= id == field_id::connection || id == field_id::authorization;
    }
    if (refused) out |= bit(other_request);
  }
  if (p.role() != respolicy::server_role::origin || !p.has_clock() || !p.persistent_connections())
    out |= bit(other_policy);
  if (!res.trailers.empty()) out |= bit(trailers);
  constexpr std::array read{field_id::date,           field_id::last_modified,
                            field_id::content_length, field_id::content_type,
                            field_id::server,         field_id::etag,
                            field_id::cache_control,  field_id::vary,
                            field_id::accept_ranges,  field_id::content_encoding};
  for (auto const& f : res.fields) {
    auto const id = respolicy::detail::lookup_field(f.name);
    if (id != field_id::unknown && std::find(read.begin(), read.end(), id) == read.end())
      out |= bit(other_field);
  }
  return out;
}

}  // namespace

TEST_CASE("common response: a rule it does not decide breaks only where it refuses, as listed",
          "[common_response]") {
  using namespace respolicy;
  std::vector<std::span<test::rule_case const>> const groups{
      test::framing_cases(),        test::status_line_cases(),
      test::field_syntax_cases(),   test::per_status_cases(),
      test::request_cases(),        test::connection_cases(),
      test::field_specific_cases(), test::field_specific_auth_cases(),
      test::caching_cases(),        test::problem_cases(),
      test::content_cases(),        test::protocol_cases()};
  constexpr std::string_view names[] = {"decided",       "other_status", "other_version",
                                        "other_request", "other_policy", "trailers",
                                        "other_field"};
  std::size_t held = 0;
  for (auto const& entry : detail::common_pass_rules) {
    if (entry.how == common_pass::decided) continue;
    auto const id = entry.rule.info().id;
    std::size_t cases = 0;
    for (auto group : groups) {
      for (auto const& c : group) {
        if (c.rule != id || !c.expect) continue;
        test::owned_response res(c.response);
        std::unique_ptr<test::owned_request> req;
        std::unique_ptr<test::owned_response> get;
        if (!c.request.empty()) req = std::make_unique<test::owned_request>(c.request);
        if (!c.equivalent.empty() && req) {
          get = std::make_unique<test::owned_response>(c.equivalent);
          req->context.equivalent_200 = &get->view;
        }
        auto const* rq = req ? &req->context : nullptr;
        auto const p = test::make_policy(c.config);
        INFO(id << " is listed as " << names[static_cast<std::size_t>(entry.how)]
                << "; its breaking case:\n"
                << c.response << "\n--- request\n"
                << c.request << "\n--- policy: " << c.config);
        CHECK((refusals(res.view, rq, p) >> static_cast<unsigned>(entry.how) & 1) != 0);
        report out;
        CHECK_FALSE(detail::check_common_response(res.view, rq, p, out));
        ++cases;
      }
    }
    INFO(id);
    CHECK(cases > 0);  // every checked rule has a breaking case (tests/rules/rule_cases.cpp)
    held += cases;
  }
  CHECK(held > 150);
}

TEST_CASE("common response: the typical 200 takes the short way", "[common_response]") {
  response const r;
  auto const fields = views(r.fields);
  respolicy::response_view const res{r.status, r.reason, r.version, fields, r.body_size};
  respolicy::request_context const req{"GET", 11, {}};
  respolicy::report out;
  CHECK(respolicy::detail::check_common_response(res, &req, respolicy::policy::standard(), out));
  CHECK(out.empty());
  // With the Accept-Ranges servers of static files send (accept-ranges-syntax), or a content
  // coding (content-encoding-syntax, content-encoding-no-identity), last.
  for (auto const& [name, value] :
       std::vector<std::pair<std::string, std::string>>{{"Accept-Ranges", "bytes"},
                                                        {"Accept-Ranges", "none"},
                                                        {"Content-Encoding", "gzip"},
                                                        {"Content-Encoding", "br"}}) {
    auto const more = adding(name, value);
    auto const lines = views(more.fields);
    respolicy::response_view const longer{more.status, more.reason, more.version, lines,
                                          more.body_size};
    CHECK(
        respolicy::detail::check_common_response(longer, &req, respolicy::policy::standard(), out));
    CHECK(out.empty());
  }
}

TEST_CASE("common response: validate() agrees with every check", "[common_response]") {
  std::vector<response> cases{response{}};
  auto const values = [&](std::string_view name, std::vector<std::string> const& vs) {
    for (auto const& v : vs) cases.push_back(with(name, v));
  };
  values("Date", {"Sun, 22 Nov 2026 10:00:00 GMT", "Mon, 22 Nov 2026 10:00:00 GMT",
                  "Sunday, 22-Nov-26 10:00:00 GMT", "Sun Nov 22 10:00:00 2026",
                  " Sun, 22 Nov 2026 10:00:00 GMT", "Sun, 22 Nov 2026 10:00:00 GMT ",
                  "Sun, 31 Nov 2026 10:00:00 GMT", "Sun, 22 Nov 2026 24:00:00 GMT",
                  "sun, 22 nov 2026 10:00:00 gmt", "Sun, 22 Nov 2026 10:00:00 UTC", "0", ""});
  values("Server", {"respolicy",
                    "a b",
                    "a/1 b/2",
                    "a/1 b/2 c/3",
                    "nginx/1.25.3",
                    "a/1.0 (Linux)",
                    "a  b",
                    "a/",
                    "/1",
                    "a//b",
                    "a b ",
                    " a",
                    "a\tb",
                    "a_b/1.0+x",
                    "a/1.0.",
                    "a/1.0 b/2.0",
                    "",
                    "a,b",
                    "a;b",
                    "a=b",
                    "a\"b\"",
                    "a/1 b",
                    "x/" + std::string(29, '1'),
                    "x/" + std::string(31, '1'),
                    "caf\xc3\xa9/1"});
  values("Content-Type", {"text/html",
                          "text/html;charset=utf-8",
                          "text/html;  charset=utf-8",
                          "text/html ;charset=utf-8",
                          "text/html; charset=\"utf-8\"",
                          "text/html; charset",
                          "text/html; charset=",
                          "text/html;",
                          "text/html; ",
                          "multipart/form-data; boundary=x",
                          "multipart/byteranges",
                          "application/problem+json",
                          "application/problem+xml",
                          "Application/Problem+JSON",
                          "application/json",
                          "application/vnd.api+json",
                          "text",
                          "text/",
                          "/html",
                          "text/html, text/plain",
                          "TEXT/HTML",
                          "text/html; a=b; c=d",
                          "text/html;a=b;c=d",
                          "text/html; a=b;  c=d",
                          "text/html; a = b",
                          "text/html\t",
                          "text/plain; charset=utf-8; format=flowed",
                          "text/html; a=\\b",
                          "text/ html",
                          ""});
  values("Content-Length", {"512", "0512", "+512", "-1", "", "5 12", "511", "513",
                            "18446744073709551616", "00000000000000000000512", " 512"});
  values("ETag", {"\"abc\"", "W/\"abc\"", "\"\"", "W/\"\"", "abc", "\"a\\b\"", "\"a b\"",
                  "\"a\"b\"", "w/\"abc\"", "W/abc", "\"abc", "W/\"", "\"", "\"caf\xc3\xa9\"",
                  "\"" + std::string(30, 'e') + "\"", "\"" + std::string(31, 'e') + "\"",
                  " \"abc\"", "\"abc\" ", "\"a,b\""});
  values("Cache-Control", {"public, max-age=3600",
                           "no-cache",
                           "no-store",
                           "private",
                           "max-age=0",
                           "max-age=\"3600\"",
                           "max-age",
                           "max-age=",
                           "public, private",
                           "public, no-store",
                           "max-age=60, no-cache",
                           "max-age=0, no-cache",
                           "max-age=60, no-store",
                           "s-maxage=60, no-store",
                           "private, s-maxage=60",
                           "private, max-age=60",
                           "no-cache=\"Set-Cookie\"",
                           "no-cache=Set-Cookie",
                           "private=\"X\"",
                           "must-understand, no-store",
                           "must-understand",
                           "immutable",
                           "max-age=60, max-age=70",
                           "Public",
                           "MAX-AGE=1",
                           "max-age=123456789",
                           "max-age=1234567890",
                           "max-age=12345678901",
                           "public,max-age=1",
                           "public ,max-age=1",
                           "public,  max-age=1",
                           ", public",
                           "public,",
                           "public,,max-age=1",
                           "foo",
                           "max-stale=10",
                           "min-fresh=1",
                           "only-if-cached",
                           "stale-while-revalidate=30",
                           "stale-if-error",
                           "stale-if-error=x",
                           "no-transform=1",
                           "immutable=1",
                           "must-revalidate, proxy-revalidate",
                           "immutable, immutable",
                           "stale-if-error=1, stale-if-error=2",
                           "no-cache, no-cache",
                           "max-age=1a",
                           "max-age=-1",
                           "s-maxage=0, private",
                           "no-store, no-cache",
                           "public, max-age=3600, must-revalidate",
                           "max-age=3600, stale-while-revalidate=86400",
                           "no-cache, no-store, must-revalidate",
                           "public, max-age=3600\r\n",
                           "public,\tmax-age=1",
                           "max-age=0000000001",
                           "max-age=999999999",
                           "max-age=1234567890",
                           "public\x80",
                           "public=",
                           "public=1",
                           "max-age=1,",
                           "max-age=1 ",
                           " public",
                           "publicity",
                           "pub",
                           "private, no-cache, no-store, no-transform, must-revalidate",
                           "s-maxage=60, public",
                           "immutable, max-age=31536000, public",
                           "max-age=60;",
                           ""});
  values("Vary", {"Accept-Encoding", "Accept-Encoding, Origin", "Accept-Encoding,Origin", "*",
                  "*, Accept", "Accept, *", "Accept,,Origin", "Accept ,Origin", "Accept,  Origin",
                  "", "Accept;", "Accept,", ",Accept", "Accept Origin", "X-*", "Accept\t"});
  values("X-Request-Id",
         {"", "a\r\nb", " x", "x ", "caf\xe9", "a\tb", "a\x7f", "a b", std::string(100, 'x'),
          std::string(100, 'x') + "\x01", std::string(16, 'y') + "\n"});
  for (auto const& name : std::vector<std::string>{
           "X Request", "X-Request@", "X_Request", "X-Req.uest", "X-Req(uest", "X-Request:", "",
           "X-\xc3\xa9", std::string(40, 'X'), "X-Re\rquest"}) {
    response r;
    r.fields.back().name = name;
    cases.push_back(r);
  }
  for (auto const& name : {"Date", "Server", "Content-Type", "Content-Length", "ETag",
                           "Cache-Control", "Vary", "X-Request-Id"})
    cases.push_back(without(name));
  // Repeated fields, and fields the short way leaves to the full checks.
  for (auto const& f : typical) cases.push_back(adding(f.name, f.value));
  for (auto const& [n, v] : std::vector<std::pair<std::string, std::string>>{
           {"Last-Modified", "Sun, 22 Nov 2026 09:00:00 GMT"},
           {"Last-Modified", "Sun, 22 Nov 2026 10:00:00 GMT"},
           {"Last-Modified", "Sun, 22 Nov 2026 10:00:01 GMT"},
           {"Last-Modified", "Sunday, 22-Nov-26 09:00:00 GMT"},
           {"Last-Modified", "yesterday"},
           {"Expires", "Sun, 22 Nov 2026 11:00:00 GMT"},
           {"Age", "3"},
           {"Connection", "close"},
           {"Connection", "keep-alive"},
           {"Transfer-Encoding", "chunked"},
           {"Location", "/x"},
           {"Pragma", "no-cache"},
           {"Accept-Ranges", "bytes"},
           {"Content-Encoding", "gzip"},
           {"Set-Cookie", "a=b"},
           {"Warning", "199 - \"x\""},
           {"content-type", "text/plain"},
           {"DATE", "Sun, 22 Nov 2026 10:00:00 GMT"},
           {"X-Other", "1"},
           {"x-request-id", "2"}})
    cases.push_back(adding(n, v));
  // Accept-Ranges: the short way takes "bytes" and "none" alone, the full checks the rest.
  for (auto const& v :
       {"bytes", "none", "Bytes", "NONE", "bytes, none", "none, bytes", "bytes, pages", "bytes,",
        ",bytes", " bytes", "bytes ", "", "pages", "bytes;", "byte s", "bytes\x01", "\"bytes\""})
    cases.push_back(adding("Accept-Ranges", v));
  {
    response r = adding("Accept-Ranges", "bytes");
    r.fields.push_back({"accept-ranges", "bytes"});
    cases.push_back(r);
    r = without("ETag");
    r.fields.push_back({"ACCEPT-RANGES", "none"});
    cases.push_back(r);
  }
  // Content-Encoding: the short way takes gzip, br, zstd and deflate alone.
  for (auto const& v :
       {"gzip", "br", "zstd", "deflate", "GZIP", "identity", "gzip, br", "br, gzip", "gzip,",
        " gzip", "gzip ", "", "x-gzip", "compress", "gzip;q=1", "g zip", "gzip, identity"})
    cases.push_back(adding("Content-Encoding", v));
  {
    response r = adding("Content-Encoding", "gzip");
    r.fields.push_back({"content-encoding", "br"});
    cases.push_back(r);
  }
  // Last-Modified with and without explicit freshness.
  {
    response r = without("ETag");
    r.fields.push_back({"Last-Modified", "Sun, 22 Nov 2026 09:00:00 GMT"});
    cases.push_back(r);
    for (auto const& cc : {"no-cache", "no-store", "s-maxage=1", "public", "max-age=0"}) {
      response s = r;
      for (auto& f : s.fields)
        if (f.name == "Cache-Control") f.value = cc;
      cases.push_back(s);
    }
    response t = r;
    std::erase_if(t.fields, [](field const& f) { return f.name == "Cache-Control"; });
    cases.push_back(t);
  }
  // The status line and the content.
  for (auto const& [status, reason] :
       std::vector<std::pair<int, std::string>>{{200, "Ok"},
                                                {200, "OK "},
                                                {200, ""},
                                                {200, "All good"},
                                                {201, "Created"},
                                                {204, "No Content"},
                                                {206, "Partial Content"},
                                                {304, "Not Modified"},
                                                {404, "Not Found"},
                                                {503, "Service Unavailable"}}) {
    response r;
    r.status = status;
    r.reason = reason;
    cases.push_back(r);
  }
  {
    response r;
    r.version = 10;
    cases.push_back(r);
    response e = with("Content-Length", "0");
    e.body_size = 0;
    cases.push_back(e);
    std::erase_if(e.fields, [](field const& f) { return f.name == "Content-Type"; });
    cases.push_back(e);
    response n = without("Content-Type");
    cases.push_back(n);
  }

  std::size_t short_way = 0, runs = 0;
  for (auto const& r : cases) compare(r, short_way, runs);
  // Both ways were taken, many times each.
  CHECK(short_way > 200);
  CHECK(runs - short_way > 200);
}

// When the short way gives up, the full checks go on from the lines it has read: wherever it
// stops, they find what they find reading every line themselves, on the same lines.
TEST_CASE("common response: the full checks go on from any line the short way gives up at",
          "[common_response]") {
  std::vector<field> const stops{
      {"Connection", "close"},
      {"Connection", "Date, keep-alive"},
      {"Transfer-Encoding", "chunked"},
      {"Location", "/x"},
      {"Set-Cookie", "a=b"},
      {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},  // a repeated singleton
      {"ETag", "\"a\\b\""},
      {"Last-Modified", "yesterday"},
      {"Cache-Control", "public ,max-age=1"},
      {"Vary", "Accept,,Origin"},
      {"X-Bad", " padded "},
      {"X Bad", "1"},
      {"Expires", "0"},
  };
  std::size_t short_way = 0, runs = 0;
  for (auto const& stop : stops) {
    for (std::size_t at = 0; at <= typical.size(); ++at) {
      response r;
      r.fields.insert(r.fields.begin() + static_cast<std::ptrdiff_t>(at), stop);
      // A line after the stop that the full checks report, to show they read on.
      r.fields.push_back({"Server", "a  b"});
      compare(r, short_way, runs);
    }
  }
  CHECK(short_way == 0);
  CHECK(runs > 0);
}

TEST_CASE("byte_masks: every length, byte and offset, against byte-wise tests",
          "[common_response]") {
  using respolicy::detail::byte_masks;
  auto const word = [](unsigned char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '-';
  };
  auto const odd_or = [](unsigned char c) {
    return c < 0x20 || c > 0x7e || c == '"' || c == ' ' || c == '\\';
  };
  byte_masks m;
  CHECK_FALSE(m.load({}));
  CHECK_FALSE(m.load(std::string(byte_masks::max_size + 1, 'a')));
  for (std::size_t n = 1; n <= byte_masks::max_size; ++n) {
    for (std::size_t at = 0; at < n; ++at) {
      for (int b = 0; b < 256; ++b) {
        // An exact-size heap copy: a read past the end is an error under AddressSanitizer.
        std::string base(n, 'a');
        base[at] = static_cast<char>(b);
        auto const copy = std::make_unique<char[]>(n);
        std::memcpy(copy.get(), base.data(), n);
        std::string_view const v(copy.get(), n);
        REQUIRE(m.load(v));
        std::uint64_t not_word = 0, odd = 0;
        for (std::size_t i = 0; i < n; ++i) {
          auto const c = static_cast<unsigned char>(v[i]);
          if (!word(c)) not_word |= std::uint64_t{1} << i;
          if (odd_or(c)) odd |= std::uint64_t{1} << i;
        }
        INFO("length " << n << ", byte 0x" << std::hex << b << std::dec << " at " << at);
        REQUIRE(m.not_word() == not_word);
        REQUIRE(m.odd_or('"', ' ', '\\') == odd);
        REQUIRE(respolicy::detail::plain_text(v) ==
                (b >= 0x20 && b <= 0x7e && !(b == ' ' && (at == 0 || at == n - 1))));
      }
    }
  }
}

TEST_CASE("plain_text: every length to 64 and every offset", "[common_response]") {
  for (std::size_t n = 1; n <= 64; ++n) {
    for (std::size_t at = 0; at < n; ++at) {
      for (int b : {0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x21, 0x7e, 0x7f, 0x80, 0xff}) {
        auto const copy = std::make_unique<char[]>(n);
        std::memset(copy.get(), 'a', n);
        copy[at] = static_cast<char>(b);
        std::string_view const v(copy.get(), n);
        INFO("length " << n << ", byte 0x" << std::hex << b << std::dec << " at " << at);
        CHECK(respolicy::detail::plain_text(v) ==
              (b >= 0x20 && b <= 0x7e && !(b == ' ' && (at == 0 || at == n - 1))));
      }
    }
  }
}
