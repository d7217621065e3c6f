//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The Beast adapter's views, check() and repair(): a table over Beast's Body types, and one case
// per rule whose safe repair applies to a Beast message.

#include <respolicy/beast/repair.hpp>

#include <respolicy/beast/check.hpp>
#include <respolicy/beast/view.hpp>
#include <respolicy/grammar/http_date.hpp>

#include <boost/beast/core/file.hpp>
#include <boost/beast/core/ostream.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

namespace http = boost::beast::http;
namespace rb = respolicy::beast;

using string_response = http::response<http::string_body>;
using request = http::request<http::empty_body>;

std::string value_of(string_response const& res, std::string_view name) {
  auto it = res.find(boost::beast::string_view(name.data(), name.size()));
  return it == res.end() ? std::string("<none>") : std::string(it->value());
}

// ---------------------------------------------------------------------------------------------
// Body types: the content size and text the view reports, and what check and repair make of it.

std::filesystem::path const& five_byte_file() {
  static std::filesystem::path const path = [] {
    auto p = std::filesystem::temp_directory_path() /
             ("respolicy_beast_body_" + std::to_string(std::random_device{}()) + ".txt");
    std::ofstream{p, std::ios::binary} << "hello";
    return p;
  }();
  return path;
}

template <class Body>
http::response<Body> with_hello(http::status s) {
  http::response<Body> res{s, 11};
  if constexpr (std::is_same_v<Body, http::string_body>) {
    res.body() = "hello";
  } else if constexpr (std::is_same_v<Body, http::vector_body<char>>) {
    res.body().assign({'h', 'e', 'l', 'l', 'o'});
  } else if constexpr (std::is_same_v<Body, http::span_body<char const>>) {
    static char const text[] = "hello";
    res.body() = boost::beast::span<char const>(text, 5);
  } else if constexpr (std::is_same_v<Body, http::dynamic_body>) {
    boost::beast::ostream(res.body()) << "hello";
  } else if constexpr (std::is_same_v<Body, http::file_body>) {
    boost::beast::error_code ec;
    res.body().open(five_byte_file().string().c_str(), boost::beast::file_mode::read, ec);
    REQUIRE_FALSE(ec);
  } else if constexpr (std::is_same_v<Body, http::buffer_body>) {
    static char text[] = "hello";
    res.body().data = text;
    res.body().size = 5;
    res.body().more = true;  // streamed: more buffers may follow
  }
  return res;
}

template <class Body>
void body_case(std::optional<std::uint64_t> size, std::string_view text) {
  // The view: size from the Body type, text only for contiguous char bodies.
  auto res = with_hello<Body>(http::status::ok);
  res.set(http::field::content_length, "3");
  {
    rb::message_view const v{res};
    CHECK(v.view().body_size == size);
    CHECK(v.view().body == text);
    CHECK(v.view().status == 200);
    CHECK(v.view().reason == "OK");
    REQUIRE(v.view().fields.size() == 1);
    CHECK(v.view().fields[0].name == "Content-Length");
  }
  // A wrong Content-Length is found, and recomputed, when the size is known.
  CHECK(rb::check(res).has("content-length-accurate") == (size && *size != 3));
  auto const fixed = rb::repair(res);
  if (size && *size != 3) {
    CHECK(fixed.find("content-length-accurate")->repaired);
    CHECK(std::string(res[http::field::content_length]) == std::to_string(*size));
  }

  // Content on a 204: found whatever the Body, dropped, and counted when its size is known.
  auto no_content = with_hello<Body>(http::status::no_content);
  bool const has_content = !size || *size != 0;
  CHECK(rb::check(no_content).has("no-content-204") == has_content);
  auto const rep = rb::repair(no_content);
  CHECK(rep.ok());
  CHECK(rep.bytes_dropped == (size ? *size : 0));
  CHECK(rb::content_size(no_content).value_or(0) == 0);
  CHECK(rb::check(no_content).ok());
}

}  // namespace

TEST_CASE("beast view: content size and text from each Body type", "[beast][view]") {
  SECTION("string_body") { body_case<http::string_body>(5, "hello"); }
  SECTION("vector_body<char>") { body_case<http::vector_body<char>>(5, "hello"); }
  SECTION("empty_body") { body_case<http::empty_body>(0, ""); }
  SECTION("span_body<char const>") { body_case<http::span_body<char const>>(5, "hello"); }
  SECTION("dynamic_body") { body_case<http::dynamic_body>(5, ""); }
  SECTION("file_body") { body_case<http::file_body>(5, ""); }
  SECTION("buffer_body: size unknown until sent") {
    body_case<http::buffer_body>(std::nullopt, "");
  }
}

TEST_CASE("beast view: many fields move to the heap, every line kept in order", "[beast][view]") {
  string_response res{http::status::ok, 11, "x"};
  for (int i = 0; i < 40; ++i) res.insert("X-Field-" + std::to_string(i), std::to_string(i));
  rb::message_view const v{res};
  REQUIRE(v.view().fields.size() == 40);
  CHECK(v.view().fields[0].name == "X-Field-0");
  CHECK(v.view().fields[39].value == "39");
}

TEST_CASE("beast view: the reason Beast will send, and the request context", "[beast][view]") {
  string_response res{static_cast<http::status>(799), 11};
  rb::message_view const v{res};
  CHECK(v.view().status == 799);
  CHECK(v.view().reason == "<unknown-status>");  // what Beast 1.81 writes for an unknown code
  CHECK(rb::check(res).has("status-code-range"));

  http::request<http::string_body> req{http::verb::head, "/x", 10};
  req.set(http::field::range, "bytes=0-1");
  rb::request_view const r{req};
  CHECK(r.context().method == "HEAD");
  CHECK(r.context().version == 10);
  REQUIRE(r.context().fields.size() == 1);
  CHECK(r.context().fields[0].value == "bytes=0-1");
}

TEST_CASE("beast check: request context and response headers", "[beast][check]") {
  string_response res{http::status::ok, 11, "hello"};
  res.prepare_payload();
  request head{http::verb::head, "/", 11};
  CHECK_FALSE(rb::check(res).has("head-no-content"));
  CHECK(rb::check(res, head).has("head-no-content"));

  // A header alone: the size is what it announces, none for a status that ends at the header.
  http::response_header<> h;
  h.result(http::status::no_content);
  h.set(http::field::date, "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(rb::check(h).ok());
  h.result(http::status::ok);
  h.set(http::field::content_length, "5");
  CHECK(rb::announced_size(h) == 5u);
  CHECK(rb::announced_size(h, true) == 0u);
  CHECK(rb::check(h, head).ok());
  // Beast's prepare_payload() puts Content-Length: 0 on an empty 204 (Beast 1.81,
  // http/impl/message.hpp).
  string_response empty_204{http::status::no_content, 11};
  empty_204.prepare_payload();
  CHECK(rb::check(empty_204).has("no-content-length-1xx-204"));
}

// ---------------------------------------------------------------------------------------------
// One case per rule whose safe repair a Beast message allows. Not here: field-value-trimmed (Beast
// trims every value it stores, so a Beast message cannot break it), no-obs-fold (a fold is CR LF,
// which is blocked, never repaired), trailer-announced (Beast messages carry no trailers; they are
// written with the last chunk), and the interim-response rules whose repair is to not send the
// 1xx (1xx-not-to-http10, 100-needs-expect), which is the server's decision, not a change to the
// message. allow-syntax is reported for a value that is not a list of method tokens, which no
// repair can guess (its empty elements are no-empty-list-elements, repaired above); the problem
// details repairs (problem-status-matches, problem-about-blank-title) would rewrite the JSON body
// and are left to the builders, which get both right by construction.

namespace {

struct repair_case {
  char const* rule;
  std::function<string_response()> make;
  std::function<void(string_response const&)> expect;
  std::optional<http::verb> method = std::nullopt;  // of the request, when the rule needs one
  std::function<void(request&)> request_setup = nullptr;
};

std::string const date = "Sun, 06 Nov 1994 08:49:37 GMT";

string_response ok(std::string body = "hello") {
  string_response res{http::status::ok, 11, std::move(body)};
  res.set(http::field::date, date);
  res.set(http::field::content_type, "text/plain");
  res.prepare_payload();
  return res;
}

string_response with_status(http::status s, std::string body = {}) {
  string_response res{s, 11, std::move(body)};
  res.set(http::field::date, date);
  return res;
}

string_response ok_with(http::field f, std::string_view value) {
  auto r = ok();
  r.set(f, boost::beast::string_view(value.data(), value.size()));
  return r;
}

}  // namespace

TEST_CASE("beast repair: each safe repair, applied and reported", "[beast][repair]") {
  std::vector<repair_case> const cases = {
      {"no-content-1xx", [] { return with_status(static_cast<http::status>(103), "x"); },
       [](string_response const& r) { CHECK(r.body().empty()); }},
      {"no-content-204", [] { return with_status(http::status::no_content, "gone"); },
       [](string_response const& r) { CHECK(r.body().empty()); }},
      {"no-content-304",
       [] {
         auto r = with_status(http::status::not_modified, "hello");
         r.set(http::field::etag, "\"a\"");
         return r;
       },
       [](string_response const& r) { CHECK(r.body().empty()); }},
      {"no-content-205", [] { return with_status(http::status::reset_content, "form"); },
       [](string_response const& r) {
         CHECK(r.body().empty());
         CHECK(value_of(r, "Content-Length") == "0");
       }},
      {"205-zero-length-framing", [] { return with_status(http::status::reset_content); },
       [](string_response const& r) { CHECK(value_of(r, "Content-Length") == "0"); }},
      {"head-no-content", [] { return ok(); },
       [](string_response const& r) {
         CHECK(r.body().empty());
         CHECK(value_of(r, "Content-Length") == "5");  // the GET's length stays
       },
       http::verb::head},
      {"connect-2xx-no-content", [] { return with_status(http::status::ok, "tunnel"); },
       [](string_response const& r) { CHECK(r.body().empty()); }, http::verb::connect},
      {"no-content-length-1xx-204",
       [] {
         auto r = with_status(http::status::no_content);
         r.prepare_payload();  // Content-Length: 0
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Content-Length") == "<none>"); }},
      {"no-content-length-connect-2xx",
       [] {
         auto r = with_status(http::status::ok);
         r.set(http::field::content_length, "0");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Content-Length") == "<none>"); },
       http::verb::connect},
      {"no-transfer-encoding-1xx-204",
       [] {
         auto r = with_status(http::status::no_content);
         r.set(http::field::transfer_encoding, "chunked");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Transfer-Encoding") == "<none>"); }},
      {"no-transfer-encoding-connect-2xx",
       [] {
         auto r = with_status(http::status::ok);
         r.set(http::field::transfer_encoding, "chunked");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Transfer-Encoding") == "<none>"); },
       http::verb::connect},
      {"no-content-length-with-transfer-encoding",
       [] {
         auto r = ok();
         r.set(http::field::transfer_encoding, "chunked");
         return r;
       },
       [](string_response const& r) {
         CHECK(value_of(r, "Content-Length") == "<none>");
         CHECK(value_of(r, "Transfer-Encoding") == "chunked");
       }},
      {"transfer-coding-no-params",
       [] {
         auto r = with_status(http::status::ok, "hello");
         r.set(http::field::transfer_encoding, "gzip;q=1, chunked");
         return r;
       },
       [](string_response const& r) {
         CHECK(value_of(r, "Transfer-Encoding") == "gzip, chunked");
       }},
      {"content-length-accurate",
       [] {
         auto r = ok();
         r.set(http::field::content_length, "50");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Content-Length") == "5"); }},
      {"content-length-syntax",
       [] {
         auto r = ok();
         r.set(http::field::content_length, "5, 5");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Content-Length") == "5"); }},
      {"content-length-when-known", [] { return with_status(http::status::ok, "hello"); },
       [](string_response const& r) { CHECK(value_of(r, "Content-Length") == "5"); }},
      {"close-delimited-needs-connection-close",
       [] {
         auto r = with_status(http::status::ok, "hello");
         r.set(http::field::transfer_encoding, "gzip");  // not chunked: ends at close
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Connection") == "close"); }},
      {"200-empty-needs-explicit-length", [] { return with_status(http::status::ok); },
       [](string_response const& r) { CHECK(value_of(r, "Content-Length") == "0"); }},
      {"reason-phrase-charset",
       [] {
         auto r = ok();
         r.reason("O\x01K");
         return r;
       },
       [](string_response const& r) { CHECK(r.reason() == "OK"); }},
      {"reason-phrase-registered",
       [] {
         auto r = ok();
         r.reason("Fine");
         return r;
       },
       [](string_response const& r) { CHECK(r.reason() == "OK"); }},
      {"no-duplicate-singleton-field",
       [] {
         auto r = ok();
         r.insert(http::field::etag, "\"v1\"");
         r.insert(http::field::etag, "\"v1\"");
         return r;
       },
       [](string_response const& r) {
         CHECK(r.count(http::field::etag) == 1);
         CHECK(value_of(r, "ETag") == "\"v1\"");
       }},
      {"no-empty-list-elements",
       [] {
         auto r = ok();
         r.set(http::field::vary, "accept,, accept-encoding,");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Vary") == "accept, accept-encoding"); }},
      {"deprecated-fields",
       [] {
         auto r = ok();
         r.set(http::field::warning, "110 - \"stale\"");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Warning") == "<none>"); }},
      {"early-data-not-in-response",
       [] {
         auto r = ok();
         r.set("Early-Data", "1");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Early-Data") == "<none>"); }},
      {"connection-lists-hop-by-hop",
       [] {
         auto r = ok();
         r.set(http::field::keep_alive, "timeout=5");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Connection") == "Keep-Alive"); }},
      {"connection-no-end-to-end-option",
       [] {
         auto r = ok();
         r.set(http::field::connection, "cache-control, close");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Connection") == "close"); }},
      {"upgrade-needs-connection-option",
       [] {
         auto r = with_status(http::status::switching_protocols);
         r.set(http::field::upgrade, "websocket");
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Connection") == "upgrade"); }},
      {"206-multipart-byteranges",
       [] {
         auto r = with_status(http::status::partial_content,
                              "--b\r\nContent-Range: bytes 0-1/10\r\n\r\nab\r\n--b--\r\n");
         r.set(http::field::content_type, "multipart/byteranges; boundary=b");
         r.set(http::field::content_range, "bytes 0-1/10");
         r.prepare_payload();
         return r;
       },
       [](string_response const& r) { CHECK(value_of(r, "Content-Range") == "<none>"); }},
      {"304-no-extra-metadata",
       [] {
         auto r = with_status(http::status::not_modified);
         r.set(http::field::etag, "\"a\"");
         r.set(http::field::content_type, "text/plain");
         return r;
       },
       [](string_response const& r) {
         CHECK(value_of(r, "Content-Type") == "<none>");
         CHECK(value_of(r, "ETag") == "\"a\"");
       }},
      {"date-required",
       [] {
         auto r = ok();
         r.erase(http::field::date);
         return r;
       },
       [](string_response const& r) {
         CHECK(respolicy::grammar::parse_http_date(value_of(r, "Date")).has_value());
       }},
      {"http-date-imf-fixdate",
       [] { return ok_with(http::field::date, "Sunday, 06-Nov-94 08:49:37 GMT"); },
       [](string_response const& r) { CHECK(value_of(r, "Date") == date); }},
      {"no-bws",
       [] {
         auto r = with_status(http::status::unauthorized);
         r.set(http::field::www_authenticate, "Basic realm = \"a = b\"");
         r.content_length(0);
         return r;
       },
       [](string_response const& r) {
         CHECK(value_of(r, "WWW-Authenticate") == "Basic realm=\"a = b\"");
       }},
      {"parameter-no-ws-around-equals",
       [] { return ok_with(http::field::content_type, "text/plain; charset= utf-8"); },
       [](string_response const& r) {
         CHECK(value_of(r, "Content-Type") == "text/plain; charset=utf-8");
       }},
      {"ows-single-sp",
       [] { return ok_with(http::field::cache_control, "no-cache,\t no-store ,  private"); },
       [](string_response const& r) {
         CHECK(value_of(r, "Cache-Control") == "no-cache, no-store , private");
       }},
      {"quoted-pair-minimal",
       [] { return ok_with(http::field::content_type, "text/plain; a=\"\\x\\\"\\\\\""); },
       [](string_response const& r) {
         CHECK(value_of(r, "Content-Type") == "text/plain; a=\"x\\\"\\\\\"");
       }},
      {"http-date-calendar",
       [] { return ok_with(http::field::last_modified, "Mon, 06 Nov 1994 08:49:37 GMT"); },
       [](string_response const& r) { CHECK(value_of(r, "Last-Modified") == date); }},
      {"expires-syntax", [] { return ok_with(http::field::expires, "0"); },
       [](string_response const& r) { CHECK(value_of(r, "Expires") == date); }},
      {"last-modified-not-after-date",
       [] { return ok_with(http::field::last_modified, "Mon, 07 Nov 1994 08:49:37 GMT"); },
       [](string_response const& r) { CHECK(value_of(r, "Last-Modified") == date); }},
      {"never-stored-status",
       [] {
         auto r = with_status(http::status::too_many_requests, "slow down");
         r.set(http::field::cache_control, "max-age=60");
         r.set(http::field::retry_after, "60");
         r.prepare_payload();
         return r;
       },
       [](string_response const& r) {
         CHECK(value_of(r, "Cache-Control") == "max-age=60, no-store");
       }},
      {"age-not-from-origin", [] { return ok_with(http::field::age, "5"); },
       [](string_response const& r) { CHECK(value_of(r, "Age") == "<none>"); }},
      {"content-range-status-scope",
       [] { return ok_with(http::field::content_range, "bytes 0-4/5"); },
       [](string_response const& r) { CHECK(value_of(r, "Content-Range") == "<none>"); }},
      {"cc-delta-seconds-token-form",
       [] { return ok_with(http::field::cache_control, "max-age=\"60\""); },
       [](string_response const& r) { CHECK(value_of(r, "Cache-Control") == "max-age=60"); }},
      {"cc-field-list-quoted",
       [] { return ok_with(http::field::cache_control, "private=Set-Cookie"); },
       [](string_response const& r) {
         CHECK(value_of(r, "Cache-Control") == "private=\"Set-Cookie\"");
       }},
      {"cc-no-argument", [] { return ok_with(http::field::cache_control, "no-store=1"); },
       [](string_response const& r) { CHECK(value_of(r, "Cache-Control") == "no-store"); }},
      {"cc-request-only-directive",
       [] { return ok_with(http::field::cache_control, "max-age=60, min-fresh=5"); },
       [](string_response const& r) { CHECK(value_of(r, "Cache-Control") == "max-age=60"); }},
      {"cc-must-understand-with-no-store",
       [] { return ok_with(http::field::cache_control, "must-understand"); },
       [](string_response const& r) {
         CHECK(value_of(r, "Cache-Control") == "must-understand, no-store");
       }},
      {"vary-syntax", [] { return ok_with(http::field::vary, "*, accept-encoding"); },
       [](string_response const& r) { CHECK(value_of(r, "Vary") == "*"); }},
      {"connection-close-echo", [] { return ok(); },
       [](string_response const& r) { CHECK(value_of(r, "Connection") == "close"); },
       http::verb::get, [](request& q) { q.set(http::field::connection, "close"); }},
  };

  for (auto const& c : cases) {
    DYNAMIC_SECTION(c.rule) {
      auto res = c.make();
      std::optional<request> req;
      if (c.method) {
        req.emplace(*c.method, "/", 11);
        if (c.request_setup) c.request_setup(*req);
      }
      auto const before = req ? rb::check(res, *req) : rb::check(res);
      INFO(before.to_string());
      REQUIRE(before.has(c.rule));

      auto const rep = req ? rb::repair(res, *req) : rb::repair(res);
      INFO(rep.to_string());
      auto const* d = rep.find(c.rule);
      REQUIRE(d);
      CHECK(d->repaired);
      CHECK(rep.repairs() >= 1);
      c.expect(res);

      auto const after = req ? rb::check(res, *req) : rb::check(res);
      INFO(after.to_string());
      CHECK_FALSE(after.has(c.rule));
      CHECK(after.ok());
    }
  }
}

TEST_CASE("beast repair: repairs that need the 200 a GET would produce", "[beast][repair]") {
  respolicy::field_view const get_fields[] = {{"Content-Length", "5"}};
  respolicy::response_view const get_200{200, "OK", 11, get_fields, 5};

  SECTION("content-length-head-matches-get") {
    auto res = ok();
    res.body().clear();
    res.set(http::field::content_length, "7");
    respolicy::request_context const head{"HEAD", 11, {}, &get_200};
    auto const rep = rb::repair(res, &head, respolicy::policy::standard());
    INFO(rep.to_string());
    REQUIRE(rep.find("content-length-head-matches-get"));
    CHECK(rep.find("content-length-head-matches-get")->repaired);
    CHECK(value_of(res, "Content-Length") == "5");
  }
  SECTION("content-length-304-matches-200") {
    auto res = with_status(http::status::not_modified);
    res.set(http::field::etag, "\"a\"");
    res.set(http::field::content_length, "0");
    respolicy::request_context const get{"GET", 11, {}, &get_200};
    auto const rep = rb::repair(res, &get, respolicy::policy::standard());
    INFO(rep.to_string());
    REQUIRE(rep.find("content-length-304-matches-200"));
    CHECK(rep.find("content-length-304-matches-200")->repaired);
    CHECK(value_of(res, "Content-Length") == "<none>");
  }
}

TEST_CASE("beast repair: policy-dependent and partial repairs", "[beast][repair]") {
  SECTION("non-persistent-server-sends-close") {
    auto res = ok();
    auto pol = respolicy::policy::standard();
    pol.persistent_connections(false);
    REQUIRE(rb::check(res, pol).has("non-persistent-server-sends-close"));
    auto const rep = rb::repair(res, pol);
    CHECK(rep.find("non-persistent-server-sends-close")->repaired);
    CHECK(value_of(res, "Connection") == "close");
  }
  SECTION("date-no-clock") {
    auto res = ok();
    auto pol = respolicy::policy::standard();
    pol.has_clock(false);
    REQUIRE(rb::check(res, pol).has("date-no-clock"));
    auto const rep = rb::repair(res, pol);
    CHECK(rep.find("date-no-clock")->repaired);
    CHECK(value_of(res, "Date") == "<none>");
  }
  SECTION("close replaces keep-alive instead of contradicting it") {
    auto res = ok();
    res.set(http::field::connection, "keep-alive");
    res.set(http::field::transfer_encoding, "gzip");
    res.erase(http::field::content_length);
    auto const rep = rb::repair(res);
    CHECK(rep.find("close-delimited-needs-connection-close")->repaired);
    CHECK(value_of(res, "Connection") == "close");
  }
  SECTION("Pragma goes only when Cache-Control says the same") {
    auto res = ok();
    res.set(http::field::pragma, "no-cache");
    auto rep = rb::repair(res);
    REQUIRE(rep.find("deprecated-fields"));
    CHECK_FALSE(rep.find("deprecated-fields")->repaired);
    CHECK(value_of(res, "Pragma") == "no-cache");
    res.set(http::field::cache_control, "no-cache");
    rep = rb::repair(res);
    CHECK(rep.find("deprecated-fields")->repaired);
    CHECK(value_of(res, "Pragma") == "<none>");
  }
  SECTION("different duplicate lines are not guessed") {
    auto res = ok();
    res.insert(http::field::etag, "\"v1\"");
    res.insert(http::field::etag, "\"v2\"");
    auto const rep = rb::repair(res);
    INFO(rep.to_string());
    REQUIRE(rep.find("no-duplicate-singleton-field"));
    CHECK_FALSE(rep.find("no-duplicate-singleton-field")->repaired);
    CHECK_FALSE(rep.ok());
    CHECK(res.count(http::field::etag) == 2);
  }
  SECTION("a Content-Length list gives way to the content's own size") {
    auto res = ok();
    res.set(http::field::content_length, "5, 6");
    auto const rep = rb::repair(res);
    INFO(rep.to_string());
    REQUIRE(rep.find("content-length-syntax"));
    CHECK(rep.find("content-length-syntax")->repaired);
    CHECK(rep.ok());
    CHECK(value_of(res, "Content-Length") == "5");
  }
  SECTION("a Content-Length list without a known size stays reported") {
    http::response<http::buffer_body> res{http::status::ok, 11};
    res.body().more = true;
    res.set(http::field::content_length, "5, 6");
    auto const rep = rb::repair(res);
    INFO(rep.to_string());
    REQUIRE(rep.find("content-length-syntax"));
    CHECK_FALSE(rep.find("content-length-syntax")->repaired);
    CHECK_FALSE(rep.ok());
  }
  SECTION("CR LF is never repaired away") {
    auto res = ok();
    res.set("X-Name", "a\r\nSet-Cookie: b");
    auto const rep = rb::repair(res);
    CHECK_FALSE(rep.find("field-value-no-cr-lf-nul")->repaired);
    CHECK_FALSE(rep.ok());
    CHECK(value_of(res, "X-Name") == "a\r\nSet-Cookie: b");
  }
  SECTION("a clean response is left alone") {
    auto res = ok();
    res.set(http::field::etag, "\"v1\"");
    auto const rep = rb::repair(res);
    CHECK(rep.repairs() == 0);
    CHECK(rep.bytes_dropped == 0);
    CHECK(rep.ok());
    CHECK(res.body() == "hello");
  }
}
