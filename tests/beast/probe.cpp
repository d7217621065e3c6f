//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy::beast's probe clients. One resource (probe_resource.hpp) is probed correct, and then
// with one fault at a time: each fault is reported under its rule, and the correct resource, the
// near miss of every rule, is reported under none. In-process through handler_transport, and
// over TCP against a real Beast server on 127.0.0.1 (loopback.hpp), every operation bounded.

#include <respolicy/beast/probe.hpp>

#include "beast/loopback.hpp"
#include "beast/probe_resource.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace rb = respolicy::beast;
using respolicy::probe_kind;
using respolicy::test::fault;
using respolicy::test::probe_resource;
using namespace std::chrono_literals;

using request = http::request<http::string_body>;

// A rule the probe judges, and the fault of the resource that breaks it.
struct fault_case {
  std::string_view rule;
  fault f;
};

// Every pairwise rule but 100-continue-prompt, which needs a connection (below).
constexpr fault_case fault_cases[] = {
    {"304-required-fields", fault::drop_etag_304},
    {"206-required-fields", fault::drop_etag_206},
    {"206-content-matches-200", fault::range_off_by_one},
    {"416-complete-length-current", fault::wrong_416_length},
    {"head-same-fields-as-get", fault::head_content_type},
    {"if-none-match-304", fault::ignore_if_none_match},
    {"if-modified-since-304", fault::ignore_if_modified_since},
    {"if-match-failed-not-performed", fault::ignore_if_match},
    {"206-if-range-match", fault::ignore_if_range},
    {"range-loses-to-304", fault::range_before_if_none_match},
    {"vary-when-negotiated", fault::no_vary},
    {"501-vs-405", fault::unknown_method_405},
    {"405-allow-required", fault::no_allow_405},
    {"options-advertise-features", fault::options_no_allow},
    {"transfer-encoding-needs-http11-request", fault::chunked_to_http10},
};

respolicy::probe_target target(std::string host = "example.com") {
  return {.host = std::move(host), .target = "/doc.txt", .fields = {}};
}

// A short wait for 100 (Continue): a server that sends none costs the test this much.
respolicy::probe_options quick() {
  respolicy::probe_options o;
  o.continue_wait = 200ms;
  return o;
}

// The correct resource: no error, no transport failure, every probe sent, and none of the rules
// of the table (the near miss of each).
void check_correct(respolicy::probe_report const& rep) {
  INFO(rep.to_string(true));
  CHECK(rep.ok());
  REQUIRE_FALSE(rep.results.empty());
  for (auto const& r : rep.results) {
    CHECK(r.error.empty());
    CHECK(r.response.has_value());
  }
  for (auto const k : quick().kinds) {
    INFO(respolicy::to_string(k));
    CHECK(rep.find(k) != nullptr);
  }
  for (auto const& c : fault_cases) {
    INFO(c.rule);
    CHECK_FALSE(rep.has(c.rule));
  }
  CHECK_FALSE(rep.has("100-continue-prompt"));
}

}  // namespace

TEST_CASE("probe_handler: the correct resource passes every probe", "[beast][probe]") {
  check_correct(
      rb::probe_handler(probe_resource{}, target(), respolicy::policy::standard(), quick()));
  // In-process the content of an Expect: 100-continue request comes at once: no wait.
  auto const rep = rb::probe_handler(probe_resource{}, target());
  auto const* r = rep.find(probe_kind::expect_continue);
  REQUIRE(r != nullptr);
  REQUIRE(r->response);
  CHECK(r->response->status() == 200);
}

TEST_CASE("probe_handler: each fault is reported under its rule", "[beast][probe]") {
  for (auto const& c : fault_cases) {
    DYNAMIC_SECTION(c.rule) {
      auto const rep =
          rb::probe_handler(probe_resource{c.f}, target(), respolicy::policy::standard(), quick());
      INFO(rep.to_string(true));
      CHECK(rep.has(c.rule));
      for (auto const& r : rep.results) CHECK(r.error.empty());
    }
  }
}

TEST_CASE("probe_handler: every handler shape the guard accepts", "[beast][probe]") {
  // The same resource, its answer returned as each shape: the same bytes reach the probe.
  probe_resource const wrong{fault::drop_etag_304};
  auto const same = [](respolicy::probe_report const& rep) {
    INFO(rep.to_string(true));
    CHECK(rep.has("304-required-fields"));
    CHECK(rep.results.size() == quick().kinds.size() + 1);
  };
  SECTION("the request by value, a message_generator") {
    same(rb::probe_handler([&](request req) { return http::message_generator{wrong(req)}; },
                           target(), respolicy::policy::standard(), quick()));
  }
  SECTION("the request consumed, an any_response") {
    same(rb::probe_handler([&](request&& req) -> rb::any_response { return wrong(req); }, target(),
                           respolicy::policy::standard(), quick()));
  }
  SECTION("a variant of responses with different bodies") {
    using either =
        std::variant<http::response<http::string_body>, http::response<http::empty_body>>;
    same(rb::probe_handler(
        [&](request const& req) -> either {
          auto res = wrong(req);
          if (res.result() != http::status::not_modified) return res;
          http::response<http::empty_body> empty{res.result(), res.version()};
          for (auto const& fl : res) empty.set(fl.name_string(), fl.value());
          return empty;
        },
        target(), respolicy::policy::standard(), quick()));
  }
  SECTION("a guarded handler: the probe judges what the guard lets through") {
    // A 304 without its ETag has no safe repair: the guard reports it and lets it go.
    same(rb::probe_handler(rb::guard(wrong), target(), respolicy::policy::standard(), quick()));
  }
}

TEST_CASE("handler_transport: the bytes are what Beast writes", "[beast][probe]") {
  // A HEAD answer carrying the GET's content: Beast writes the content after the header section,
  // and so the transport hands it on.
  auto const head_with_content = [](request const& req) {
    auto res = probe_resource{}(req);
    if (req.method() == http::verb::head && res.result() == http::status::ok) {
      res.body() = "The quick brown fox jumps over the lazy dog.\n";
      res.prepare_payload();
    }
    return res;
  };
  auto const first = rb::probe_handler(probe_resource{}, target());
  REQUIRE_FALSE(first.results.empty());
  REQUIRE(first.results[0].response);
  auto const head =
      respolicy::make_probe_request(probe_kind::head, target(), &*first.results[0].response);
  REQUIRE(head);
  auto const bytes_of = [&](auto handler) {
    rb::handler_transport<decltype(handler)> t{std::move(handler)};
    std::string got;
    auto const io = t.exchange(
        *head,
        [&](std::string_view b) {
          got += b;
          return respolicy::probe_reading::more;
        },
        0ms);
    CHECK(io.error.empty());
    CHECK_FALSE(io.waited_out);
    return got;
  };
  auto const sent = bytes_of(head_with_content);
  INFO(sent);
  CHECK(sent.starts_with("HTTP/1.1 200 OK\r\n"));
  CHECK(sent.ends_with("\r\n\r\nThe quick brown fox jumps over the lazy dog.\n"));
  // The guard in repair mode drops that content before it is written.
  auto const guarded = bytes_of(rb::guard(head_with_content));
  INFO(guarded);
  CHECK(guarded.starts_with("HTTP/1.1 200 OK\r\n"));
  CHECK(guarded.ends_with("\r\n\r\n"));
  CHECK(guarded.find("Content-Length: 45\r\n") != std::string::npos);
  // The probe reads on after the HEAD answer's end, so the content is reported against it.
  CHECK(rb::probe_handler(head_with_content, target()).has("head-no-content"));
  CHECK_FALSE(rb::probe_handler(rb::guard(head_with_content), target()).has("head-no-content"));
}

TEST_CASE("handler_transport: a failing handler is an error, not an exception", "[beast][probe]") {
  auto const rep = rb::probe_handler(
      [](request const&) -> http::response<http::string_body> {
        throw std::runtime_error("no database");
      },
      target(), respolicy::policy::standard(), quick());
  REQUIRE_FALSE(rep.results.empty());
  CHECK(rep.results[0].error.find("no database") != std::string::npos);
  CHECK_FALSE(rep.ok());
}

// ---------------------------------------------------------------------------------------------
// Over TCP: the same resource behind a real Beast server on 127.0.0.1.

namespace {

respolicy::probe_report probe_over_tcp(fault f, respolicy::test::loopback_options opts = {}) {
  respolicy::test::loopback_server server{probe_resource{f}, opts};
  rb::tcp_transport transport{"127.0.0.1", server.port(), 5s};
  return respolicy::run_probe(transport, target(server.host()), respolicy::policy::standard(),
                              quick());
}

}  // namespace

TEST_CASE("tcp_transport: the correct resource on a Beast server", "[beast][probe][tcp]") {
  check_correct(probe_over_tcp(fault::none));
}

TEST_CASE("tcp_transport: each fault of a Beast server is reported", "[beast][probe][tcp]") {
  for (auto const& c : fault_cases) {
    DYNAMIC_SECTION(c.rule) {
      auto const rep = probe_over_tcp(c.f);
      INFO(rep.to_string(true));
      CHECK(rep.has(c.rule));
      for (auto const& r : rep.results) CHECK(r.error.empty());
    }
  }
}

TEST_CASE("tcp_transport: 100-continue-prompt", "[beast][probe][tcp]") {
  SECTION("a server that waits for the content without a 100") {
    auto const rep = probe_over_tcp(fault::none, {.send_100 = false});
    INFO(rep.to_string(true));
    CHECK(rep.has("100-continue-prompt"));
    auto const* r = rep.find(probe_kind::expect_continue);
    REQUIRE(r != nullptr);
    REQUIRE(r->response);
    CHECK(r->response->status() == 200);  // the content went after the wait
    CHECK(r->interim.empty());
  }
  SECTION("near miss: a 100 after the header section") {
    auto const rep = probe_over_tcp(fault::none, {.send_100 = true});
    INFO(rep.to_string(true));
    CHECK_FALSE(rep.has("100-continue-prompt"));
    auto const* r = rep.find(probe_kind::expect_continue);
    REQUIRE(r != nullptr);
    CHECK(r->interim == std::vector<int>{100});
  }
}

TEST_CASE("tcp_transport: the 100-continue wait, exchange by exchange", "[beast][probe][tcp]") {
  auto const first = rb::probe_handler(probe_resource{}, target());
  REQUIRE_FALSE(first.results.empty());
  REQUIRE(first.results[0].response);
  auto const req = respolicy::make_probe_request(probe_kind::expect_continue, target(),
                                                 &*first.results[0].response);
  REQUIRE(req);
  REQUIRE_FALSE(req->content.empty());
  for (bool const send_100 : {false, true}) {
    DYNAMIC_SECTION("send_100 " << send_100) {
      respolicy::test::loopback_server server{probe_resource{}, {.send_100 = send_100}};
      rb::tcp_transport transport{"127.0.0.1", server.port(), 5s};
      std::string got;
      auto const io = transport.exchange(
          *req,
          [&](std::string_view bytes) {
            got += bytes;
            // Complete once the final response's content (Content-Length: 45) is in.
            return got.find("dog.\n") == std::string::npos ? respolicy::probe_reading::more
                                                           : respolicy::probe_reading::rest;
          },
          200ms);
      INFO(got);
      CHECK(io.error.empty());
      CHECK(io.waited_out == !send_100);
      CHECK(got.starts_with(send_100 ? "HTTP/1.1 100 Continue\r\n" : "HTTP/1.1 200 OK\r\n"));
    }
  }
}

TEST_CASE("tcp_transport: network failures are errors, not exceptions", "[beast][probe][tcp]") {
  net::io_context ioc;
  SECTION("connection refused") {
    std::string port;
    {
      net::ip::tcp::acceptor a{ioc, {net::ip::make_address("127.0.0.1"), 0}};
      port = std::to_string(a.local_endpoint().port());
    }  // closed: nothing listens there now
    rb::tcp_transport transport{"127.0.0.1", port, 5s};
    auto const rep = respolicy::run_probe(transport, target("127.0.0.1:" + port));
    REQUIRE_FALSE(rep.results.empty());
    INFO(rep.results[0].error);
    CHECK(rep.results[0].error.find("connection refused") != std::string::npos);
    CHECK_FALSE(rep.ok());
  }
  SECTION("a server that never answers") {
    // Listening, so the connection is made, but nothing ever reads or writes on it.
    net::ip::tcp::acceptor a{ioc, {net::ip::make_address("127.0.0.1"), 0}};
    auto const port = std::to_string(a.local_endpoint().port());
    rb::tcp_transport transport{"127.0.0.1", port, 300ms};
    respolicy::probe_options o = quick();
    o.kinds = {probe_kind::head};
    auto const rep = respolicy::run_probe(transport, target("127.0.0.1:" + port),
                                          respolicy::policy::standard(), o);
    REQUIRE_FALSE(rep.results.empty());
    INFO(rep.results[0].error);
    CHECK(rep.results[0].error == "timed out after 300 ms");
    CHECK_FALSE(rep.ok());
  }
}
