//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The safety blocks (docs/architecture.md, "Safety blocks") through the Beast guard: each response
// a handler can make that Beast would write as something other than one well-framed message, in
// every mode, with the standard policy and with every rule turned off. What leaves is read from
// the bytes Beast's serializer writes, as a client reads them.

#include <respolicy/beast/assert.hpp>
#include <respolicy/beast/guard.hpp>
#include <respolicy/wire.hpp>

#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Sets a version Beast's debug builds refuse to take (tests/beast/raw_version.cpp).
void set_raw_version(boost::beast::http::response<boost::beast::http::string_body>& res,
                     unsigned version);

namespace {

namespace http = boost::beast::http;
namespace rb = respolicy::beast;

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

constexpr std::string_view date = "Sun, 22 Nov 2026 10:00:00 GMT";

// 103 Early Hints (RFC 8297), which Beast 1.81's status enum does not name.
constexpr auto early_hints_status = static_cast<http::status>(103);

// Content holding chunk framing and a second response: what a client that reads the first as
// chunked takes for the next response on the connection.
constexpr std::string_view smuggled =
    "0\r\n\r\nHTTP/1.1 200 OK\r\nSet-Cookie: session=attacker\r\nContent-Length: 0\r\n\r\n";

response base(http::status s, std::string body = "hello") {
  response res{s, 11, std::move(body)};
  res.set(http::field::date, date);
  res.set(http::field::content_type, "text/plain");
  return res;
}

struct unsafe_case {
  char const* name;
  http::verb method;
  std::function<response()> make;
  char const* rule;  // the block's rule id
  bool repairable =
      false;  // repair mode resolves it: dropping chunked where RFC 9112 §6.1 lets it go
};

// Every way through the landed guard that a hostile review found, and their neighbours.
std::vector<unsafe_case> unsafe_cases() {
  std::vector<unsafe_case> cases;
  auto add = [&](char const* name, http::verb m, std::function<response()> f, char const* rule) {
    cases.push_back({name, m, std::move(f), rule});
  };
  add(
      "two Transfer-Encoding lines, gzip then chunked, with a second response in the content",
      http::verb::get,
      [] {
        auto res = base(http::status::ok, std::string(smuggled));
        res.insert(http::field::transfer_encoding, "gzip");
        res.insert(http::field::transfer_encoding, "chunked");
        return res;
      },
      "chunked-body-syntax");
  add(
      "chunked twice across two lines", http::verb::get,
      [] {
        auto res = base(http::status::ok, "");
        res.chunked(true);
        res.insert(http::field::transfer_encoding, "chunked");
        return res;
      },
      "transfer-encoding-chunked-once");
  add(
      "chunked then gzip on a second line: chunk framing, read as close-delimited", http::verb::get,
      [] {
        auto res = base(http::status::ok);
        res.chunked(true);
        res.insert(http::field::transfer_encoding, "gzip");
        return res;
      },
      "transfer-encoding-chunked-last");
  for (char const* name : {"Content-Length ", " Content-Length", "Content-Length\t"})
    add(
        name, http::verb::get,
        [name] {
          auto res = base(http::status::ok, std::string(smuggled));
          res.insert(name, "0");
          return res;
        },
        "field-name-token");
  add(
      "Transfer-Encoding with a trailing space and a raw body", http::verb::get,
      [] {
        auto res = base(http::status::ok, std::string(smuggled));
        res.insert("Transfer-Encoding ", "chunked");
        return res;
      },
      "field-name-token");
  add(
      "an empty field name", http::verb::get,
      [] {
        auto res = base(http::status::ok);
        res.insert("", "x");
        res.prepare_payload();
        return res;
      },
      "field-name-token");
  for (unsigned status : {21800u, 1000u, 2800u, 65535u, 99u, 0u})
    add(
        "a status the status line cannot hold", http::verb::get,
        [status] {
          auto res = base(http::status::ok);
          res.result(static_cast<http::status>(status));
          res.prepare_payload();
          return res;
        },
        "status-code-three-digits");
  for (unsigned version : {20u, 12u, 9u, 2210u, 0u, 2180u})
    add(
        "a version other than HTTP/1.0 and HTTP/1.1", http::verb::get,
        [version] {
          auto res = base(http::status::ok);
          res.prepare_payload();
          set_raw_version(res, version);
          return res;
        },
        "http-version-syntax");
  add(
      "chunked on a 204", http::verb::get,
      [] {
        auto res = base(http::status::no_content, "");
        res.erase(http::field::content_type);
        res.chunked(true);
        return res;
      },
      "no-content-204");
  cases.back().repairable = true;
  add(
      "an empty string_body with chunked: two last chunks", http::verb::get,
      [] {
        auto res = base(http::status::ok, "");
        res.chunked(true);
        return res;
      },
      "chunked-body-syntax");
  cases.back().repairable = true;  // chunked becomes Content-Length: 0
  add(
      "CR LF in a value", http::verb::get,
      [] {
        auto res = base(http::status::ok);
        res.set(http::field::content_type, "text/plain\r\nSet-Cookie: session=attacker");
        res.prepare_payload();
        return res;
      },
      "field-value-no-cr-lf-nul");
  return cases;
}

// Every rule off: the report may stay silent, the bytes may not leave.
respolicy::policy const& all_off() {
  static respolicy::policy const p = [] {
    auto q = respolicy::policy::standard();
    for (auto const& r : respolicy::rules()) q.set(r.id, respolicy::severity::off);
    return q;
  }();
  return p;
}

// The bytes a message_generator writes, as beast::write would send them.
std::string generator_bytes(http::message_generator msg) {
  std::string out;
  boost::beast::error_code ec;
  while (!ec && !msg.is_done()) {
    auto const buffers = msg.prepare(ec);
    for (auto const b : buffers) out.append(static_cast<char const*>(b.data()), b.size());
    msg.consume(boost::beast::buffer_bytes(buffers));
  }
  REQUIRE_FALSE(ec);
  return out;
}

std::string serialize(response const& res) {
  std::ostringstream os;
  os << res;
  return os.str();
}

// What a client reads of `bytes`, answering a `method` request: exactly one response, framed as
// RFC 9112 §6.3 says, with nothing after it and nothing the wire shows wrong (stray bytes, a
// status line or field line that is not HTTP/1.1's, chunked framing that does not parse).
void require_one_message(std::string const& bytes, http::verb method) {
  auto const req = std::make_shared<respolicy::wire_request>();
  req->method = std::string(http::to_string(method));
  std::size_t messages = 0;
  std::string findings;
  respolicy::wire_reader reader{respolicy::wire_options{.raw = true},
                                [&](respolicy::wire_message& m) {
                                  ++messages;
                                  if (!m.parsed) findings += "unparseable message; ";
                                  for (auto const& f : m.findings)
                                    if (f.rule != respolicy::wire_rule::capture_note)
                                      findings += std::string(f.rule) + " (" + f.detail + "); ";
                                },
                                [&](int) { return req; }};
  reader.feed(bytes);
  reader.finish();
  INFO(bytes);
  INFO(findings);
  CHECK(messages == 1);
  CHECK(findings.empty());
}

constexpr rb::guard_mode all_modes[] = {rb::guard_mode::report, rb::guard_mode::repair,
                                        rb::guard_mode::reject, rb::guard_mode::throw_};

}  // namespace

TEST_CASE("safety blocks: nothing unsafe leaves, in every mode, with every rule off",
          "[beast][guard][safety]") {
  for (auto const& c : unsafe_cases()) {
    for (auto const mode : all_modes) {
      for (bool const off : {false, true}) {
        DYNAMIC_SECTION(c.name << ", mode " << static_cast<int>(mode)
                               << (off ? ", every rule off" : "")) {
          request req{c.method, "/", 11};
          auto options = rb::guard_options{}.mode(mode);
          if (off) options.default_policy(all_off());
          std::vector<std::string> seen;
          options.on_violation([&](rb::guard_event const& e) {
            for (auto const& d : e.report) seen.emplace_back(d.rule);
          });
          rb::response_guard const g{options};

          // Through response_guard::apply on the caller's own response: in throw mode too, what
          // is left in `res` is safe to send.
          auto res = c.make();
          rb::guard_action action{};
          try {
            action = g.apply(res, req);
          } catch (respolicy::violation_error const& e) {
            CHECK(mode == rb::guard_mode::throw_);
            CHECK(e.report().has(c.rule));
            action = rb::guard_action::thrown;
          }
          unsigned const expected =
              mode == rb::guard_mode::repair && c.repairable ? c.make().result_int() : 500;
          if (expected == 500)
            CHECK((action == rb::guard_action::blocked || action == rb::guard_action::thrown));
          else
            CHECK(action == rb::guard_action::repaired);
          CHECK(res.result_int() == expected);
          if (expected == 500)  // the report names the block, even when its rule is off
            CHECK(std::find(seen.begin(), seen.end(), c.rule) != seen.end());
          else  // and says what the repair did
            CHECK_FALSE(seen.empty());
          auto const bytes = serialize(res);
          CHECK(bytes.find("attacker") == std::string::npos);
          require_one_message(bytes, c.method);

          // Through the guarded handler and as_generator (Beast's example shape).
          if (mode != rb::guard_mode::throw_) {
            auto const guarded = rb::guard([&](request const&) { return c.make(); }, options);
            auto const out = guarded(req);
            CHECK(out.result_int() == expected);
            require_one_message(serialize(out), c.method);
            auto generated =
                rb::as_generator(rb::guard([&](request const&) { return c.make(); }, options))(req);
            require_one_message(generator_bytes(std::move(generated)), c.method);
          }
        }
      }
    }
  }
}

TEST_CASE("safety blocks: chunked framing after a header section that ends the message",
          "[beast][guard][safety]") {
  // RFC 9112 §6.3 item 1: a 304, or an answer to HEAD, "is always terminated by the first empty
  // line after the header fields"; RFC 9112 §6.1 lets Transfer-Encoding appear there, but Beast
  // writes a last chunk after it anyway, which the client reads as the next response.
  struct ends_case {
    char const* name;
    http::verb method;
    http::status status;
    std::string body;
    char const* rule;
  };
  ends_case const cases[] = {
      {"HEAD answer with chunked and content", http::verb::head, http::status::ok, "hello",
       "head-no-content"},
      {"HEAD answer with chunked, no content", http::verb::head, http::status::ok, "",
       "head-no-content"},
      {"304 to a conditional GET with chunked", http::verb::get, http::status::not_modified, "",
       "no-content-304"},
      {"204 with chunked", http::verb::get, http::status::no_content, "", "no-content-204"},
      {"103 with chunked", http::verb::get, early_hints_status, "", "no-content-1xx"},
  };
  for (auto const& c : cases) {
    for (auto const mode : all_modes) {
      DYNAMIC_SECTION(c.name << ", mode " << static_cast<int>(mode)) {
        request req{c.method, "/", 11};
        if (c.status == http::status::not_modified) req.set(http::field::if_none_match, "\"a\"");
        rb::response_guard const g{rb::guard_options{}.mode(mode)};
        response res{c.status, 11, c.body};
        res.set(http::field::date, date);
        if (c.status == http::status::not_modified) res.set(http::field::etag, "\"a\"");
        res.chunked(true);
        rb::guard_action action{};
        try {
          action = g.apply(res, req);
        } catch (respolicy::violation_error const& e) {
          action = rb::guard_action::thrown;
          CHECK(e.report().has(c.rule));
        }
        auto const bytes = serialize(res);
        INFO(bytes);
        require_one_message(bytes, c.method);
        CHECK(bytes.find("\r\n\r\n0\r\n") == std::string::npos);
        if (mode == rb::guard_mode::repair && c.status != early_hints_status) {
          // Repaired: the chunked coding and any content dropped, and said so.
          CHECK(action == rb::guard_action::repaired);
          CHECK(res.result_int() == static_cast<unsigned>(c.status));
          CHECK_FALSE(res.chunked());
        } else if (mode != rb::guard_mode::repair) {
          CHECK((action == rb::guard_action::blocked || action == rb::guard_action::thrown));
        }
      }
    }
  }
}

TEST_CASE("safety blocks: near misses leave as produced", "[beast][guard][safety]") {
  // What the blocks must not catch: one Transfer-Encoding line ending in chunked with content;
  // gzip then chunked on one line; an exact Content-Length; HTAB and obs-text in a value; 599 and
  // 100-level codes at the edges of the range where they are final; HTTP/1.0.
  std::vector<std::function<response()>> makers = {
      [] {
        auto res = base(http::status::ok);
        res.chunked(true);
        return res;
      },
      [] {
        auto res = base(http::status::ok);
        res.set(http::field::transfer_encoding, "gzip, chunked");
        return res;
      },
      [] {
        auto res = base(http::status::ok);
        res.set("X-Note", "a\tb \x80\xff");
        res.prepare_payload();
        return res;
      },
      [] {
        auto res = base(http::status::ok);
        res.result(static_cast<http::status>(599));
        res.prepare_payload();
        return res;
      },
      [] {
        auto res = base(http::status::ok);
        res.version(10);
        res.prepare_payload();
        return res;
      },
  };
  for (std::size_t i = 0; i < makers.size(); ++i) {
    INFO("near miss " << i);
    request const req{http::verb::get, "/", 11};
    auto res = makers[i]();
    auto const before = serialize(res);
    rb::response_guard const g{rb::guard_options{}.mode(rb::guard_mode::report)};
    CHECK(g.apply(res, req) != rb::guard_action::blocked);
    CHECK(serialize(res) == before);
    require_one_message(before, http::verb::get);
    CHECK(respolicy::find_hazards(rb::message_view{res}.view(), nullptr,
                                  rb::detail::beast_framing(res))
              .empty());
  }
}

TEST_CASE("guard: a throwing on_violation never leaves the unsafe response behind",
          "[beast][guard][safety]") {
  // The 500 replaces the response before any code of the caller's runs (docs/architecture.md).
  for (auto const mode : all_modes) {
    DYNAMIC_SECTION("mode " << static_cast<int>(mode)) {
      rb::response_guard const g{rb::guard_options{}.mode(mode).on_violation(
          [](rb::guard_event const&) { throw std::runtime_error("the callback failed"); })};
      request const req{http::verb::get, "/", 11};
      auto res = base(http::status::ok);
      res.set(http::field::content_type, "text/plain\r\nSet-Cookie: session=attacker");
      res.prepare_payload();
      CHECK_THROWS_AS(g.apply(res, req), std::runtime_error);
      CHECK(res.result() == http::status::internal_server_error);
      CHECK(serialize(res).find("attacker") == std::string::npos);
      require_one_message(serialize(res), http::verb::get);

      // Through the guarded handler the exception leaves with the response unreturned.
      auto const guarded = rb::guard(
          [](request const&) {
            auto r = base(http::status::ok);
            r.reason("OK\r\nSet-Cookie: session=attacker");
            r.prepare_payload();
            return r;
          },
          rb::guard_options{}.mode(mode).on_violation(
              [](rb::guard_event const&) { throw std::runtime_error("the callback failed"); }));
      CHECK_THROWS_AS(guarded(req), std::runtime_error);
    }
  }
}

TEST_CASE("guard: a 1xx returned as the final answer (one-final-response)",
          "[beast][guard][safety]") {
  // RFC 9110 §15: a request gets one final response; a handler's answer is the final one, and a
  // 103 there leaves the client waiting for a final response that never comes.
  auto early_hints = [](request const&) {
    response res{early_hints_status, 11};
    res.set(http::field::link, "</style.css>; rel=preload; as=style");
    return res;
  };
  request const req{http::verb::get, "/", 11};
  auto run = [&](rb::guard_mode mode) {
    std::vector<std::string> seen;
    auto const h = rb::guard(
        early_hints, rb::guard_options{}.mode(mode).on_violation([&](rb::guard_event const& e) {
          for (auto const& d : e.report) seen.emplace_back(d.rule);
        }));
    auto res = h(req);
    CHECK(std::find(seen.begin(), seen.end(), "one-final-response") != seen.end());
    return res.result_int();
  };
  CHECK(run(rb::guard_mode::report) == 103);
  CHECK(run(rb::guard_mode::repair) == 500);
  CHECK(run(rb::guard_mode::reject) == 500);
  try {
    (void)rb::guard(early_hints, rb::guard_options{}.mode(rb::guard_mode::throw_))(req);
    FAIL("no exception");
  } catch (respolicy::violation_error const& e) {
    CHECK(e.report().has("one-final-response"));
  }

  // Near misses: 101 is a final answer for HTTP/1.1 (the connection switches protocols), and
  // the rule can be turned off like any other.
  auto const switching = rb::guard(
      [](request const&) {
        response res{http::status::switching_protocols, 11};
        res.set(http::field::upgrade, "websocket");
        res.set(http::field::connection, "upgrade");
        return res;
      },
      rb::guard_options{}.mode(rb::guard_mode::reject));
  request upgrade{http::verb::get, "/", 11};
  upgrade.set(http::field::upgrade, "websocket");
  upgrade.set(http::field::connection, "upgrade");
  CHECK(switching(upgrade).result() == http::status::switching_protocols);
  auto pol = respolicy::policy::standard();
  pol.set("one-final-response", respolicy::severity::off);
  CHECK(rb::guard(early_hints,
                  rb::guard_options{}.mode(rb::guard_mode::reject).default_policy(pol))(req)
            .result_int() == 103);
}

TEST_CASE("RESPOLICY_ASSERT_CONFORMS fails on every safety block, whatever the policy",
          "[beast][assert][safety]") {
  static int failures = 0;
  auto const previous =
      rb::set_assert_handler([](respolicy::report const&, rb::assert_site const&) { ++failures; });
  for (auto const& c : unsafe_cases()) {
    INFO(c.name);
    failures = 0;
    auto const res = c.make();
    request const req{c.method, "/", 11};
    RESPOLICY_ASSERT_CONFORMS(res, req, all_off());
    CHECK(failures == 1);
  }
  rb::set_assert_handler(previous);
}

namespace {

// One response of the round trip: `Body` holding `content` (when it can), chunked or not, with a
// Content-Length that is right, wrong or absent.
enum class length_field { none, right, wrong };

template <class Body>
http::response<Body> make_round_trip(unsigned status, std::string_view content, bool chunked,
                                     length_field length) {
  http::response<Body> res;
  res.result(status);
  res.version(11);
  res.set(http::field::date, date);
  using value_type = typename Body::value_type;
  if constexpr (requires(value_type & v) { v.assign(content.begin(), content.end()); })
    res.body().assign(content.begin(), content.end());
  else if constexpr (requires(value_type & v) { v.commit(std::size_t{0}); })
    res.body().commit(
        boost::asio::buffer_copy(res.body().prepare(content.size()), boost::asio::buffer(content)));
  auto const size = rb::content_size(res).value_or(0);
  if (length == length_field::right) res.set(http::field::content_length, std::to_string(size));
  if (length == length_field::wrong) res.set(http::field::content_length, std::to_string(size + 3));
  if (chunked) res.chunked(true);
  return res;
}

template <class Body>
void round_trip(unsigned status, http::verb method, std::string_view content, bool chunked,
                length_field length, rb::guard_mode mode) {
  request req{method, "/", 11};
  auto res = make_round_trip<Body>(status, content, chunked, length);
  rb::response_guard const g{rb::guard_options{}.mode(mode)};
  try {
    (void)g.apply(res, req);
  } catch (respolicy::violation_error const&) {
    // throw mode: what is left in `res` is what a caller that sends it anyway would send.
  }
  std::ostringstream os;
  os << res;
  require_one_message(os.str(), method);
}

}  // namespace

TEST_CASE("round trip: whatever the guard lets out, Beast writes as exactly one message",
          "[beast][guard][safety][round-trip]") {
  // RFC 9112 §6.3 read back from Beast's bytes, over status x method x Body type x chunked x
  // Content-Length x mode: every guarded response is one message, with nothing after it.
  for (unsigned const status : {100u, 101u, 103u, 200u, 204u, 205u, 304u, 404u, 500u})
    for (auto const method : {http::verb::get, http::verb::head, http::verb::connect})
      for (bool const chunked : {false, true})
        for (auto const length : {length_field::none, length_field::right, length_field::wrong})
          for (auto const mode : all_modes)
            for (std::string_view const content : {"", "hello"}) {
              INFO("status " << status << ", " << http::to_string(method) << ", chunked " << chunked
                             << ", Content-Length " << static_cast<int>(length) << ", mode "
                             << static_cast<int>(mode) << ", content \"" << content << "\"");
              round_trip<http::string_body>(status, method, content, chunked, length, mode);
              round_trip<http::vector_body<char>>(status, method, content, chunked, length, mode);
              round_trip<http::dynamic_body>(status, method, content, chunked, length, mode);
              if (content.empty())
                round_trip<http::empty_body>(status, method, content, chunked, length, mode);
            }
}
