//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy::beast::guard: the modes on single responses, policies per route, handlers that take
// or consume their request, sharing across threads, handlers in http::message_generator style;
// then a real Beast server on 127.0.0.1 with a real client, in every mode, reading the raw bytes
// the client receives, with the guarded handler returning a response or a message_generator.

#include <respolicy/beast/guard.hpp>

#include <respolicy/grammar/http_date.hpp>

#include <boost/asio.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace rb = respolicy::beast;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

// The Date an origin server with a clock sends (RFC 9110 §6.6.1).
std::string now() {
  auto const t = respolicy::grammar::format_http_date(
      std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
  return std::string(t.data(), t.size());
}

response text(request const& req, http::status s, std::string body) {
  response res{s, req.version(), std::move(body)};
  res.set(http::field::date, now());
  res.set(http::field::content_type, "text/plain");
  res.keep_alive(req.keep_alive());
  res.prepare_payload();
  return res;
}

// The handlers real servers get wrong, and one they get right.
response app(request const& req) {
  auto const target = std::string(req.target());
  if (target == "/ok") return text(req, http::status::ok, "hello");
  if (target == "/deleted") {
    response res{http::status::no_content, req.version(), "deleted"};  // content on a 204
    res.set(http::field::date, now());
    res.content_length(res.body().size());
    res.keep_alive(req.keep_alive());
    return res;
  }
  if (target == "/405") return text(req, http::status::method_not_allowed, "no");  // no Allow
  if (target == "/smuggle") {
    // Two Transfer-Encoding lines: Beast's chunked() reads the first only and writes the content
    // as it is; a client combines them into "gzip, chunked" (RFC 9110 §5.3), reads chunked, and
    // takes the rest of the content for a second response.
    auto res = text(req, http::status::ok,
                    "0\r\n\r\nHTTP/1.1 200 OK\r\nSet-Cookie: session=attacker\r\n"
                    "Content-Length: 0\r\n\r\n");
    res.erase(http::field::content_length);
    res.insert(http::field::transfer_encoding, "gzip");
    res.insert(http::field::transfer_encoding, "chunked");
    return res;
  }
  if (target == "/503") return text(req, http::status::service_unavailable, "later");
  if (target.starts_with("/greet?name=")) {
    auto res = text(req, http::status::ok, "hi");
    std::string name = target.substr(12);
    for (std::size_t at; (at = name.find("%0D%0A")) != std::string::npos;)
      name.replace(at, 6, "\r\n");
    for (std::size_t at; (at = name.find("%20")) != std::string::npos;) name.replace(at, 3, " ");
    res.set("X-Greeting", name);  // CR LF from the query string: response splitting
    return res;
  }
  return text(req, http::status::not_found, "none");
}

// Beast's example-server shape: branches return responses with different bodies and the return
// type erases them. Without the guard it would be http::message_generator; the guard needs
// rb::any_response, which converts the same way.
rb::any_response app_any(request const& req) {
  if (req.target() == "/deleted") {
    http::response<http::vector_body<char>> res{http::status::no_content, req.version()};
    res.set(http::field::date, now());
    res.body() = {'d', 'e', 'l', 'e', 't', 'e', 'd'};  // content on a 204, another Body type
    res.content_length(res.body().size());
    res.keep_alive(req.keep_alive());
    return res;
  }
  if (req.target() == "/empty") {
    http::response<http::empty_body> res{http::status::no_content, req.version()};
    res.set(http::field::date, now());
    res.keep_alive(req.keep_alive());
    return res;
  }
  return app(req);
}

// The bytes a message_generator writes, as beast::write would send them.
std::string wire(http::message_generator msg) {
  std::string out;
  beast::error_code ec;
  while (!ec && !msg.is_done()) {
    auto const buffers = msg.prepare(ec);
    for (auto const b : buffers) out.append(static_cast<char const*>(b.data()), b.size());
    msg.consume(beast::buffer_bytes(buffers));
  }
  REQUIRE_FALSE(ec);
  return out;
}

std::string field(response const& res, http::field f) {
  auto it = res.find(f);
  return it == res.end() ? "<none>" : std::string(it->value());
}

struct recorder {
  std::mutex mutex;
  std::vector<std::pair<rb::guard_action, std::vector<std::string>>> events;

  rb::guard_options::violation_handler handler() {
    return [this](rb::guard_event const& e) {
      std::vector<std::string> rules;
      for (auto const& d : e.report) rules.emplace_back(d.rule);
      std::lock_guard lock{mutex};
      events.emplace_back(e.action, std::move(rules));
    };
  }
  bool saw(rb::guard_action a, std::string const& rule) {
    std::lock_guard lock{mutex};
    for (auto const& [action, rules] : events)
      if (action == a && std::find(rules.begin(), rules.end(), rule) != rules.end()) return true;
    return false;
  }
};

request get(std::string target, http::verb v = http::verb::get) { return request{v, target, 11}; }

}  // namespace

TEST_CASE("guard modes on single responses", "[beast][guard]") {
  recorder rec;
  auto make = [&](rb::guard_mode m) {
    return rb::guard(app, rb::guard_options{}.mode(m).on_violation(rec.handler()));
  };

  SECTION("report: sent as produced, the findings handed to on_violation") {
    auto const h = make(rb::guard_mode::report);
    auto res = h(get("/405"));
    CHECK(res.result() == http::status::method_not_allowed);
    CHECK(rec.saw(rb::guard_action::reported, "405-allow-required"));
    auto ok = h(get("/ok"));
    CHECK(ok.body() == "hello");
    CHECK(h.stats().checked == 2);
    CHECK(h.stats().reported == 1);
  }
  SECTION("report: content on a 204 would desynchronize the client, so it is blocked") {
    auto const h = make(rb::guard_mode::report);
    auto res = h(get("/deleted"));
    CHECK(res.result() == http::status::internal_server_error);
    CHECK(rec.saw(rb::guard_action::blocked, "no-content-204"));
    CHECK(h.stats().blocked == 1);
  }
  SECTION("repair: content dropped, Content-Length removed, both reported as repaired") {
    respolicy::report seen;
    std::uint64_t dropped = 0;
    auto const h = rb::guard(app, rb::guard_options{}.on_violation([&](rb::guard_event const& e) {
      seen = e.report;
      dropped = e.bytes_dropped;
    }));
    auto res = h(get("/deleted"));
    CHECK(res.result() == http::status::no_content);
    CHECK(res.body().empty());
    CHECK(field(res, http::field::content_length) == "<none>");
    REQUIRE(seen.find("no-content-204"));
    CHECK(seen.find("no-content-204")->repaired);
    CHECK(seen.find("no-content-length-1xx-204")->repaired);
    CHECK(dropped == 7);
    CHECK(h.stats().repaired == 1);
  }
  SECTION("reject: any error becomes a 500 with problem details naming the rules") {
    auto const h = make(rb::guard_mode::reject);
    auto res = h(get("/405"));
    CHECK(res.result() == http::status::internal_server_error);
    CHECK(field(res, http::field::content_type) == "application/problem+json");
    CHECK(res.body().find("405-allow-required") != std::string::npos);
    CHECK(field(res, http::field::content_length) == std::to_string(res.body().size()));
    CHECK(rb::guard(app, rb::guard_options{}.mode(rb::guard_mode::reject).expose_rules(false))(
              get("/405"))
              .body()
              .find("405-allow-required") == std::string::npos);
    // A warning (503 without Retry-After) is not an error: sent.
    CHECK(h(get("/503")).result() == http::status::service_unavailable);
  }
  SECTION("throw: any error throws violation_error carrying the report") {
    auto const h = make(rb::guard_mode::throw_);
    try {
      (void)h(get("/405"));
      FAIL("no exception");
    } catch (respolicy::violation_error const& e) {
      CHECK(e.report().has("405-allow-required"));
      CHECK(std::string(e.what()).find("405-allow-required") != std::string::npos);
    }
    CHECK_THROWS_AS(h(get("/greet?name=a%0D%0AX:%20y")), respolicy::violation_error);
    CHECK(h.stats().thrown == 2);
  }
}

TEST_CASE("guard: injection is blocked in every mode, even with its rules turned off",
          "[beast][guard]") {
  auto pol = respolicy::policy::standard();
  pol.set("field-value-no-cr-lf-nul", respolicy::severity::off);
  for (auto m : {rb::guard_mode::report, rb::guard_mode::repair, rb::guard_mode::reject}) {
    auto const h = rb::guard(app, rb::guard_options{}.mode(m).default_policy(pol));
    auto res = h(get("/greet?name=Bob%0D%0ASet-Cookie:%20s=1"));
    CHECK(res.result() == http::status::internal_server_error);
    CHECK(field(res, http::field::set_cookie) == "<none>");
    CHECK(res.count("X-Greeting") == 0);
  }
  // A reason phrase and a field name are checked as well.
  auto const h = rb::guard([](request const&) {
    response res{http::status::ok, 11, "x"};
    res.reason("OK\r\nSet-Cookie: a=b");
    res.prepare_payload();
    return res;
  });
  auto res = h(get("/"));
  CHECK(res.result() == http::status::internal_server_error);
  CHECK(res.reason() == "Internal Server Error");
}

TEST_CASE("guard: CR, LF and NUL are found at every position of names and values",
          "[beast][guard]") {
  // The scan reads 16 or 8 bytes at a time with a tail that overlaps: every length from empty to
  // beyond two blocks, every position, each of the three bytes, in a value and in a name.
  std::string text;
  bool in_name = false;
  auto const h = rb::guard(
      [&](request const&) {
        response res{http::status::ok, 11, "x"};
        if (in_name)
          res.set("X" + text, "v");
        else
          res.set(http::field::server, text);
        res.prepare_payload();
        return res;
      },
      rb::guard_options{}.mode(rb::guard_mode::report));
  for (bool const name : {false, true})
    for (std::size_t length = 0; length <= 40; ++length) {
      in_name = name;
      text.assign(length, 'a');
      CHECK(h(get("/")).result() == http::status::ok);  // clean: passes
      for (std::size_t at = 0; at < length; ++at)
        for (char const bad : {'\r', '\n', '\0'}) {
          text.assign(length, 'a');
          text[at] = bad;
          INFO((name ? "name" : "value")
               << " length " << length << " at " << at << " byte " << int(bad));
          CHECK(h(get("/")).result() == http::status::internal_server_error);
        }
    }
}

TEST_CASE("guard: only rules with a safe repair in the table are ever repaired", "[beast][guard]") {
  // The guard skips the repair pass when no finding's rule has repair_kind::safe; that is right
  // only while apply_repair() repairs nothing else. Every other rule, on a response where most
  // repairs would apply, must be refused.
  std::size_t refused = 0;
  for (auto const& rule : respolicy::rules()) {
    if (rule.repair == respolicy::repair_kind::safe) continue;
    response res{http::status::ok, 11, "content"};
    res.set(http::field::date, "Sun, 06 Nov 1994 08:49:37 GMT");
    res.set(http::field::content_length, "99");
    res.set(http::field::cache_control, "max-age=\"5\", no-store=1");
    res.set(http::field::pragma, "no-cache");
    res.set(http::field::connection, "keep-alive, x-test");
    res.set("X-Test", " padded ");
    respolicy::diagnostic d;
    d.rule = rule.id;
    d.field.assign("X-Test");
    d.detail.assign("x-test");
    std::uint64_t dropped = 0;
    respolicy::request_context const req{"HEAD", 11, {}};
    INFO(rule.id);
    CHECK_FALSE(rb::detail::apply_repair(d, res, &req, dropped));
    ++refused;
  }
  CHECK(refused > 100);
  // And the check itself sees a safe one.
  respolicy::report rep;
  respolicy::diagnostic d;
  d.rule = "no-content-204";
  rep.add(d);
  CHECK(respolicy::has_safe_repair(rep));
}

TEST_CASE("guard: a policy per route", "[beast][guard]") {
  SECTION("longest matching prefix") {
    auto const h = rb::guard(app, rb::guard_options{}
                                      .mode(rb::guard_mode::reject)
                                      .route("/", respolicy::policy::standard())
                                      .route("/50", respolicy::policy::strict()));
    // Retry-After on a 503 is a SHOULD: an error only under strict().
    CHECK(h(get("/503")).result() == http::status::internal_server_error);
    CHECK(h(get("/ok")).result() == http::status::ok);
  }
  SECTION("a selector wins over routes") {
    auto const h =
        rb::guard(app, rb::guard_options{}
                           .mode(rb::guard_mode::reject)
                           .route("/", respolicy::policy::strict())
                           .select_policy([](std::string_view method, std::string_view) {
                             return method == "GET" ? &respolicy::policy::standard() : nullptr;
                           }));
    CHECK(h(get("/503")).result() == http::status::service_unavailable);
    CHECK(h(get("/503", http::verb::post)).result() == http::status::internal_server_error);
  }
}

TEST_CASE("guard: handlers that consume their request, variants, other bodies", "[beast][guard]") {
  SECTION("a handler taking the request by rvalue: the guard keeps what the rules need") {
    auto const h = rb::guard([](request&& req) {
      request mine = std::move(req);  // the caller's request is gone
      return text(mine, http::status::ok, "body of the GET");
    });
    auto res = h(get("/ok", http::verb::head));
    CHECK(res.body().empty());  // head-no-content, repaired
    CHECK(field(res, http::field::content_length) == "15");
    CHECK(h.stats().repaired == 1);
  }
  SECTION("a handler returning a variant of responses") {
    using either = std::variant<response, http::response<http::empty_body>>;
    auto const h = rb::guard([](request const& req) -> either {
      if (req.target() == "/empty") {
        http::response<http::empty_body> res{http::status::no_content, 11};
        res.set(http::field::content_length, "0");
        return res;
      }
      return app(req);
    });
    auto a = h(get("/empty"));
    CHECK(std::get<1>(a).count(http::field::content_length) == 0);
    auto b = h(get("/deleted"));
    CHECK(std::get<0>(b).body().empty());
  }
  SECTION("a blocked response whose Body cannot hold text is an empty 500") {
    auto const h = rb::guard(
        [](request const&) {
          http::response<http::empty_body> res{http::status::ok, 11};
          res.set("X-Bad", "a\nb");
          return res;
        },
        rb::guard_options{}.mode(rb::guard_mode::report));
    auto res = h(get("/", http::verb::get));
    CHECK(res.result() == http::status::internal_server_error);
    CHECK(res[http::field::content_length] == "0");
  }
  SECTION("the 500 that replaces a blocked answer to HEAD has no content") {
    auto const h = rb::guard(app, rb::guard_options{}.mode(rb::guard_mode::reject));
    auto res = h(get("/405", http::verb::head));
    CHECK(res.result() == http::status::internal_server_error);
    CHECK(res.body().empty());
    CHECK(res[http::field::content_length] != "0");  // the length a GET would get
  }
  SECTION("a clean response passes untouched and unreported") {
    bool called = false;
    auto const h =
        rb::guard(app, rb::guard_options{}.on_violation([&](auto const&) { called = true; }));
    request const req = get("/ok");  // a const request is seen in place, not copied
    auto res = h(req);
    CHECK(res.body() == "hello");
    CHECK_FALSE(called);
    CHECK(h.stats().checked == 1);
    CHECK(h.stats().repaired + h.stats().reported + h.stats().blocked == 0);
  }
}

// A Body whose value counts the times it is moved or copied.
struct counted_body {
  struct value_type {
    static inline int moves = 0;
    std::string text;
    value_type() = default;
    explicit value_type(std::string s) : text(std::move(s)) {}
    value_type(value_type&& o) noexcept : text(std::move(o.text)) { ++moves; }
    value_type(value_type const& o) : text(o.text) { ++moves; }
    value_type& operator=(value_type&& o) noexcept {
      text = std::move(o.text);
      ++moves;
      return *this;
    }
    value_type& operator=(value_type const& o) {
      text = o.text;
      ++moves;
      return *this;
    }
  };
  static std::uint64_t size(value_type const& v) noexcept { return v.text.size(); }
};

TEST_CASE("guard: the guarded handler returns the handler's response itself, not a copy",
          "[beast][guard]") {
  // Moving a Beast response costs about a hundred instructions, as much as a tenth of the guard.
  auto const make = [](request const& req, auto&&...) {
    http::response<counted_body> res{http::status::ok, req.version(), std::string("hello")};
    res.set(http::field::date, now());
    res.set(http::field::content_type, "text/plain");
    res.content_length(5);
    return res;
  };
  // The handler's response, through the guarded handler `h`, without a move or a copy.
  auto const unmoved = [](auto const& h) {
    counted_body::value_type::moves = 0;
    auto res = h(get("/ok"));
    CHECK(counted_body::value_type::moves == 0);
    CHECK(res.body().text == "hello");
  };
  SECTION("a handler that takes the request in place") { unmoved(rb::guard(make)); }
  SECTION("a handler that consumes its request") {
    unmoved(rb::guard([&](request&& req) { return make(req); }));
  }
}

TEST_CASE("guard: findings below notify_at are not recorded, unless a repair acts on them",
          "[beast][guard]") {
  // A 200 to GET without Content-Type (content-type-present, a warning) and without validators
  // (200-validators, advice).
  auto const handler = [](request const& req) {
    response res{http::status::ok, req.version(), "hello"};
    res.set(http::field::date, now());
    res.prepare_payload();
    return res;
  };
  // Whether a guard with `options` reports `rule` for the handler's response.
  auto const reports = [&](rb::guard_options options, std::string const& rule) {
    recorder events;
    auto const h = rb::guard(handler, options.on_violation(events.handler()));
    (void)h(get("/"));
    return events.saw(rb::guard_action::reported, rule);
  };
  SECTION("by default, at warning: the advice is left out of the report") {
    CHECK(reports({}, "content-type-present"));
    CHECK_FALSE(reports({}, "200-validators"));
  }
  SECTION("at info the advice is in it") {
    auto const info = rb::guard_options{}.notify_at(respolicy::severity::info);
    CHECK(reports(info, "content-type-present"));
    CHECK(reports(info, "200-validators"));
  }
  SECTION("advice with a safe repair is still repaired: reason-phrase-registered") {
    recorder events;
    auto const h = rb::guard(
        [&](request const& req) {
          auto res = handler(req);
          res.set(http::field::content_type, "text/plain");
          res.reason("Fine");
          return res;
        },
        rb::guard_options{}.on_violation(events.handler()));
    auto res = h(get("/"));
    CHECK(res.reason() == "OK");
    CHECK(events.saw(rb::guard_action::repaired, "reason-phrase-registered"));
    CHECK_FALSE(events.saw(rb::guard_action::repaired, "200-validators"));
  }
}

TEST_CASE("guard: one guard shared by many threads", "[beast][guard]") {
  std::atomic<int> events{0};
  auto const h =
      rb::guard(app, rb::guard_options{}.on_violation([&](auto const&) { events.fetch_add(1); }));
  constexpr int threads = 4, calls = 100;
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&h, t] {
      auto const copy = h;  // copies share the counters
      for (int i = 0; i < calls; ++i) (void)copy(get((i + t) % 2 ? "/ok" : "/deleted"));
    });
  for (auto& t : pool) t.join();
  auto const st = h.stats();
  CHECK(st.checked == threads * calls);
  CHECK(st.repaired == threads * calls / 2);
  CHECK(events.load() == threads * calls / 2);
}

TEST_CASE("guard: a guard called from on_violation keeps the outer report intact",
          "[beast][guard]") {
  // The guard keeps its report's storage per thread; a call made while another holds it must
  // get a report of its own.
  recorder inner_events;
  auto const inner = rb::guard(
      app, rb::guard_options{}.mode(rb::guard_mode::report).on_violation(inner_events.handler()));
  std::vector<std::string> before, after;
  auto const outer = rb::guard(
      app, rb::guard_options{}.mode(rb::guard_mode::report).on_violation([&](auto const& e) {
        for (auto const& d : e.report) before.emplace_back(d.rule);
        CHECK(inner(get("/deleted")).result() == http::status::internal_server_error);
        for (auto const& d : e.report) after.emplace_back(d.rule);
      }));
  CHECK(outer(get("/405")).result() == http::status::method_not_allowed);
  CHECK(std::find(before.begin(), before.end(), "405-allow-required") != before.end());
  CHECK(after == before);
  CHECK(inner_events.saw(rb::guard_action::blocked, "no-content-204"));
  // The kept report serves the next call on this thread, cleared.
  before.clear();
  after.clear();
  CHECK(outer(get("/ok")).body() == "hello");
  CHECK(before.empty());
  CHECK(outer(get("/405")).result() == http::status::method_not_allowed);
  CHECK(after == before);
  CHECK(std::count(before.begin(), before.end(), "405-allow-required") == 1);
}

TEST_CASE("guard: handlers in http::message_generator style", "[beast][guard][generator]") {
  // The guarded handler returns the generator, made after the check.
  static_assert(std::is_same_v<decltype(rb::guard(app_any)(std::declval<request&>())),
                               http::message_generator>);
  static_assert(std::is_same_v<decltype(rb::as_generator(rb::guard(app))(std::declval<request&>())),
                               http::message_generator>);
  // any_response takes ownership, as message_generator does: rvalues only.
  static_assert(std::is_convertible_v<response&&, rb::any_response>);
  static_assert(!std::is_convertible_v<response&, rb::any_response>);

  SECTION("without a guard, any_response changes nothing") {
    auto const raw = wire(app_any(get("/deleted")).to_generator());
    CHECK(raw.find("HTTP/1.1 204") == 0);
    CHECK(raw.find("deleted") != std::string::npos);
  }
  for (auto mode : {rb::guard_mode::report, rb::guard_mode::repair, rb::guard_mode::reject,
                    rb::guard_mode::throw_}) {
    DYNAMIC_SECTION("any_response, mode " << static_cast<int>(mode)) {
      recorder rec;
      auto const h = rb::guard(app_any, rb::guard_options{}.mode(mode).on_violation(rec.handler()));
      bool const throws = mode == rb::guard_mode::throw_;
      if (throws) {
        CHECK_THROWS_AS(h(get("/deleted")), respolicy::violation_error);
        CHECK_THROWS_AS(h(get("/greet?name=a%0D%0AX:%20y")), respolicy::violation_error);
        CHECK(h.stats().thrown == 2);
      } else {
        // Content on a 204 in a vector_body: repaired, or blocked.
        auto raw = wire(h(get("/deleted")));
        INFO(raw);
        CHECK(raw.find("deleted") == std::string::npos);
        CHECK(raw.find(mode == rb::guard_mode::repair ? "HTTP/1.1 204" : "HTTP/1.1 500") == 0);
        CHECK(raw.find("Content-Length: 7\r\n") == std::string::npos);
        CHECK(rec.saw(
            mode == rb::guard_mode::repair ? rb::guard_action::repaired : rb::guard_action::blocked,
            "no-content-204"));
        // CR LF from the query string: blocked, never an injected header line.
        raw = wire(h(get("/greet?name=Bob%0D%0ASet-Cookie:%20s=1")));
        INFO(raw);
        CHECK(raw.find("HTTP/1.1 500") == 0);
        CHECK(raw.find("Set-Cookie") == std::string::npos);
        CHECK(h.stats().blocked == (mode == rb::guard_mode::repair ? 1u : 2u));
      }
      // A clean response of another Body type passes as it is; keep_alive() survives.
      auto msg = h(get("/empty"));
      CHECK(msg.keep_alive());
      CHECK(wire(std::move(msg)).find("HTTP/1.1 204 No Content\r\n") == 0);
    }
  }
  SECTION("a handler that consumes its request") {
    auto const h = rb::guard([](request&& req) -> rb::any_response {
      request mine = std::move(req);
      return text(mine, http::status::ok, "body of the GET");
    });
    auto const raw = wire(h(get("/ok", http::verb::head)));
    CHECK(raw.find("body of the GET") == std::string::npos);  // head-no-content, repaired
    CHECK(raw.find("Content-Length: 15\r\n") != std::string::npos);
    CHECK(h.stats().repaired == 1);
  }
  SECTION("as_generator over a handler returning a response or a variant") {
    auto const h = rb::as_generator(rb::guard(app));
    CHECK(wire(h(get("/deleted"))).find("deleted") == std::string::npos);
    CHECK(h.stats().repaired == 1);
    using either = std::variant<response, http::response<http::empty_body>>;
    auto const v = rb::as_generator(rb::guard([](request const& req) -> either { return app(req); },
                                              rb::guard_options{}.mode(rb::guard_mode::reject)));
    CHECK(wire(v(get("/405"))).find("HTTP/1.1 500") == 0);
    CHECK(wire(v(get("/ok"))).find("hello") != std::string::npos);
  }
  SECTION("a response guard applied to an any_response by hand") {
    rb::response_guard const g{rb::guard_options{}.mode(rb::guard_mode::reject)};
    rb::any_response res = app_any(get("/405"));
    CHECK(g.apply(res, get("/405")) == rb::guard_action::blocked);
    CHECK(res.result_int() == 500);
    rb::any_response ok = app_any(get("/ok"));
    CHECK(g.apply(ok) == rb::guard_action::passed);
  }
}

// ---------------------------------------------------------------------------------------------
// A real server on 127.0.0.1 and a real client; every operation has a deadline.

namespace {

template <class Handler>
class session : public std::enable_shared_from_this<session<Handler>> {
 public:
  session(tcp::socket s, Handler const& h) : stream_(std::move(s)), handler_(h) {}

  void read() {
    req_ = {};
    stream_.expires_after(5s);
    http::async_read(stream_, buffer_, req_,
                     [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                       if (!ec) self->respond();
                     });
  }

 private:
  // What the session writes, as Beast's example servers do: a message_generator, from the
  // handler's response or straight from the handler.
  static http::message_generator generator(response&& res) {
    return http::message_generator{std::move(res)};
  }
  static http::message_generator generator(http::message_generator&& msg) { return std::move(msg); }

  void respond() {
    std::optional<http::message_generator> msg;
    try {
      msg.emplace(generator(handler_(req_)));
    } catch (respolicy::violation_error const&) {
      // throw mode: the server decides what a violation becomes; here a bare 500.
      auto res = text(req_, http::status::internal_server_error, "violation");
      if (req_.method() == http::verb::head) res.body().clear();  // RFC 9110 §9.3.2
      msg.emplace(std::move(res));
    }
    bool const keep_alive = msg->keep_alive();
    beast::async_write(
        stream_, std::move(*msg),
        [self = this->shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
          if (ec) return;
          if (keep_alive) return self->read();
          self->stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        });
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  request req_;
  Handler const& handler_;
};

template <class Handler>
class loopback_server {
 public:
  explicit loopback_server(Handler h)
      : handler_(std::move(h)), acceptor_(ioc_, {net::ip::make_address("127.0.0.1"), 0}) {
    accept();
    thread_ = std::thread([this] { ioc_.run(); });
  }
  ~loopback_server() {
    net::post(ioc_, [this] { acceptor_.close(); });
    ioc_.stop();
    thread_.join();
  }

  // Sends the requests on one connection, the last with Connection: close, and returns every
  // byte received until the server closed.
  std::string exchange(std::vector<request> reqs) {
    beast::tcp_stream stream{ioc_};
    stream.expires_after(5s);
    stream.async_connect(acceptor_.local_endpoint(), net::use_future).get();
    for (std::size_t i = 0; i < reqs.size(); ++i) {
      reqs[i].set(http::field::host, "127.0.0.1");
      reqs[i].keep_alive(i + 1 < reqs.size());
      reqs[i].prepare_payload();
      stream.expires_after(5s);
      http::async_write(stream, reqs[i], net::use_future).get();
    }
    std::string raw;
    char chunk[2048];
    for (;;) {
      stream.expires_after(5s);
      try {
        raw.append(chunk, stream.async_read_some(net::buffer(chunk), net::use_future).get());
      } catch (boost::system::system_error const& e) {
        if (e.code() == net::error::eof) break;
        throw;
      }
    }
    return raw;
  }

 private:
  void accept() {
    acceptor_.async_accept([this](beast::error_code ec, tcp::socket s) {
      if (ec) return;
      std::make_shared<session<Handler>>(std::move(s), handler_)->read();
      accept();
    });
  }

  Handler handler_;
  net::io_context ioc_;
  tcp::acceptor acceptor_;
  std::thread thread_;
};

// Parses the raw bytes as a sequence of responses, as a client on that connection would: a
// response to HEAD has no content whatever its header says (RFC 9110 §9.3.2).
std::vector<response> parse_all(std::string const& raw, std::vector<bool> const& head) {
  std::vector<response> out;
  beast::flat_buffer buf;
  buf.commit(net::buffer_copy(buf.prepare(raw.size()), net::buffer(raw)));
  for (std::size_t i = 0; buf.size() != 0; ++i) {
    http::response_parser<http::string_body> p;
    p.eager(true);
    if (i < head.size() && head[i]) p.skip(true);
    beast::error_code ec;
    auto const n = p.put(buf.data(), ec);
    buf.consume(n);
    if (ec == http::error::need_more) {
      p.put_eof(ec);
    }
    if (ec) break;
    if (!p.is_done()) {
      p.put_eof(ec);
      if (ec) break;
    }
    out.push_back(p.release());
  }
  return out;
}

}  // namespace

namespace {

// The wrong handlers' responses through a real server guarded in `mode`: what the client receives.
template <class Handler>
void check_on_server(rb::guard_mode mode, recorder& rec, Handler handler) {
  loopback_server server{std::move(handler)};
  bool const repairing = mode == rb::guard_mode::repair;
  bool const strict = mode == rb::guard_mode::reject || mode == rb::guard_mode::throw_;

  // Content on a 204, then a second request on the same connection: the client must read
  // the second response intact (no left-over content read as a response).
  auto raw = server.exchange({get("/deleted"), get("/ok")});
  INFO(raw);
  CHECK(raw.find("deleted") == std::string::npos);
  auto rs = parse_all(raw, {false, false});
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].result() ==
        (repairing ? http::status::no_content : http::status::internal_server_error));
  CHECK(rs[1].result() == http::status::ok);
  CHECK(rs[1].body() == "hello");

  // CR LF from the query string: never an injected header line.
  raw = server.exchange({get("/greet?name=Bob%0D%0ASet-Cookie:%20session=stolen")});
  INFO(raw);
  CHECK(raw.find("\r\nSet-Cookie:") == std::string::npos);
  CHECK(raw.find("session=stolen") == std::string::npos);
  rs = parse_all(raw, {false});
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].result() == http::status::internal_server_error);

  // The GET's body on a HEAD response: repaired, or blocked; never content after the header.
  raw = server.exchange({get("/ok", http::verb::head), get("/ok")});
  INFO(raw);
  rs = parse_all(raw, {true, false});
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].result() == (repairing ? http::status::ok : http::status::internal_server_error));
  CHECK(rs[1].body() == "hello");

  // Response smuggling through two Transfer-Encoding lines, then a second request on the same
  // keep-alive connection: the client reads a 500 and the second answer, never a third response.
  raw = server.exchange({get("/smuggle"), get("/ok")});
  INFO(raw);
  CHECK(raw.find("attacker") == std::string::npos);
  rs = parse_all(raw, {false, false});
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].result() == http::status::internal_server_error);
  CHECK(rs[1].body() == "hello");
  CHECK(
      rec.saw(mode == rb::guard_mode::throw_ ? rb::guard_action::thrown : rb::guard_action::blocked,
              "chunked-body-syntax"));

  // 405 without Allow: an error without a repair; sent and reported, or blocked.
  raw = server.exchange({get("/405", http::verb::post)});
  rs = parse_all(raw, {false});
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].result() ==
        (strict ? http::status::internal_server_error : http::status::method_not_allowed));
  if (!strict) CHECK(rec.saw(rb::guard_action::reported, "405-allow-required"));

  // 503 without Retry-After: a warning under the standard policy; sent in every mode.
  raw = server.exchange({get("/503")});
  rs = parse_all(raw, {false});
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].result() == http::status::service_unavailable);
  CHECK(rec.saw(rb::guard_action::reported, "503-retry-after"));
}

constexpr rb::guard_mode all_modes[] = {rb::guard_mode::report, rb::guard_mode::repair,
                                        rb::guard_mode::reject, rb::guard_mode::throw_};

}  // namespace

TEST_CASE("guard on a real server: every mode, raw bytes on the wire", "[beast][guard][server]") {
  for (auto mode : all_modes) {
    DYNAMIC_SECTION("mode " << static_cast<int>(mode)) {
      recorder rec;
      check_on_server(mode, rec,
                      rb::guard(app, rb::guard_options{}.mode(mode).on_violation(rec.handler())));
    }
  }
}

TEST_CASE("guard on a real server through http::message_generator: every mode, raw bytes",
          "[beast][guard][server][generator]") {
  for (auto mode : all_modes) {
    // Beast's example shape: the handler's branches return different Body types as one
    // any_response; the guarded handler returns the message_generator the session writes.
    DYNAMIC_SECTION("any_response, mode " << static_cast<int>(mode)) {
      recorder rec;
      check_on_server(
          mode, rec,
          rb::guard(app_any, rb::guard_options{}.mode(mode).on_violation(rec.handler())));
    }
    // A handler returning its response; as_generator() makes the generator after the check.
    DYNAMIC_SECTION("as_generator, mode " << static_cast<int>(mode)) {
      recorder rec;
      check_on_server(mode, rec,
                      rb::as_generator(rb::guard(
                          app, rb::guard_options{}.mode(mode).on_violation(rec.handler()))));
    }
  }
}

TEST_CASE("without a guard, Beast sends what the guard stops", "[beast][guard][server]") {
  // The baseline the tests above are measured against: if Beast ever stops sending these, the
  // guard's tests would pass for the wrong reason.
  loopback_server server{&app};
  auto raw = server.exchange({get("/deleted")});
  CHECK(raw.find("deleted") != std::string::npos);
  raw = server.exchange({get("/greet?name=Bob%0D%0ASet-Cookie:%20session=stolen")});
  CHECK(raw.find("\r\nSet-Cookie: session=stolen\r\n") != std::string::npos);
  // Unguarded, the smuggled response reaches the client as a header line of its own.
  raw = server.exchange({get("/smuggle"), get("/ok")});
  CHECK(raw.find("\r\nSet-Cookie: session=attacker\r\n") != std::string::npos);
}
