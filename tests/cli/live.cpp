//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// --url and --proxy against a real Boost.Beast server on 127.0.0.1, with a real Beast client going
// through the proxy. Every network operation has a deadline, so a broken build fails instead of
// hanging.

#include "blocking_server.hpp"
#include "process.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <array>
#include <atomic>
#include <thread>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

// A Beast server with a few routes, serving one connection at a time on its own thread.
class test_server {
 public:
  explicit test_server(char const* address = "127.0.0.1")
      : server_([this](tcp::socket s) { serve(std::move(s)); }, address) {}
  unsigned short port() const { return server_.port(); }

  static constexpr std::string_view ok_body = "hello from beast\n";

 private:
  void serve(tcp::socket sock) {
    beast::tcp_stream stream(std::move(sock));
    beast::flat_buffer buf;
    for (;;) {
      http::request_parser<http::string_body> parser;
      beast::error_code ec;
      stream.expires_after(10s);
      http::read_header(stream, buf, parser, ec);
      if (ec) return;
      if (answer_early(stream, parser.get())) break;
      http::read(stream, buf, parser, ec);
      if (ec) return;
      auto const req = parser.release();
      auto const target = req.target();
      if (target == "/stray-204") {
        // What no Beast serializer would send: a 204 with content after its header section.
        std::string_view const raw =
            "HTTP/1.1 204 No Content\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\n\r\nstray";
        asio::write(stream.socket(), asio::buffer(raw.data(), raw.size()), ec);
        break;
      }
      http::response<http::string_body> res;
      res.version(11);
      res.set(http::field::date, "Tue, 15 Nov 1994 08:12:31 GMT");
      res.set(http::field::content_type, "text/plain");
      if (target == "/no-allow") {
        res.result(http::status::method_not_allowed);
        res.body() = "no\n";
      } else {
        res.result(http::status::ok);
        res.set(http::field::etag, "\"v1\"");
        res.body() = std::string(ok_body);
      }
      res.keep_alive(req.keep_alive());
      res.prepare_payload();
      if (req.method() == http::verb::head) {
        // HEAD: the fields of the GET, no content (RFC 9110 §9.3.2).
        http::response<http::empty_body> head{res.result(), 11};
        for (auto const& f : res) head.set(f.name_string(), f.value());
        http::write(stream, head, ec);
      } else {
        http::write(stream, res, ec);
      }
      if (ec || !req.keep_alive()) break;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  // The routes that answer before reading the request's content, or answer twice; true when
  // the connection ends after them.
  static bool answer_early(beast::tcp_stream& stream, http::request<http::string_body> const& req) {
    auto const target = req.target();
    beast::error_code ec;
    if (target == "/early" || target == "/early-close") {
      // 413 at once, without reading the content: with Connection: close (as RFC 9110 §15.5.14
      // and RFC 9112 §9.6 want) or, for /early, without.
      http::response<http::string_body> res{http::status::payload_too_large, 11};
      res.set(http::field::date, "Tue, 15 Nov 1994 08:12:31 GMT");
      res.set(http::field::content_type, "text/plain");
      res.body() = "too large\n";
      res.keep_alive(target == "/early");
      res.prepare_payload();
      http::write(stream, res, ec);
      return true;
    }
    if (target == "/keep-alive") {
      // A 200 that never says Connection: close, whatever the request asked (RFC 9112 §9.6
      // wants it echoed): what a server that keeps its connections open sends.
      std::string_view const raw =
          "HTTP/1.1 200 OK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\nContent-Type: text/plain\r\n"
          "ETag: \"v1\"\r\nContent-Length: 3\r\n\r\none";
      asio::write(stream.socket(), asio::buffer(raw.data(), raw.size()), ec);
      return true;
    }
    if (target == "/twice") {
      // A response after one that said Connection: close.
      std::string_view const raw =
          "HTTP/1.1 200 OK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\nConnection: close\r\n"
          "Content-Type: text/plain\r\nETag: \"v1\"\r\nContent-Length: 3\r\n\r\none"
          "HTTP/1.1 200 OK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\n"
          "Content-Type: text/plain\r\nETag: \"v1\"\r\nContent-Length: 3\r\n\r\ntwo";
      asio::write(stream.socket(), asio::buffer(raw.data(), raw.size()), ec);
      return true;
    }
    return false;
  }

  respolicy::test::blocking_server server_;  // last: its thread ends first
};

// A slow server for one connection: `trickle` sends a response one byte every 500 ms; `hold`
// sends a whole response at once and then keeps the connection open. Either way it stops when
// the client goes away, when the object is destroyed, or after two minutes.
class slow_server {
 public:
  enum class mode { trickle, hold };

  explicit slow_server(mode m)
      : mode_(m), acceptor_(ioc_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    thread_ = std::thread([this] { run(); });
  }
  ~slow_server() {
    stopping_ = true;
    beast::error_code ec;
    tcp::socket s(ioc_);
    s.connect(acceptor_.local_endpoint(), ec);  // wakes a blocking accept
    thread_.join();
  }
  unsigned short port() const { return acceptor_.local_endpoint().port(); }

 private:
  void run() {
    tcp::socket sock(ioc_);
    beast::error_code ec;
    acceptor_.accept(sock, ec);
    if (ec || stopping_) return;
    std::string const response =
        "HTTP/1.1 200 OK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\nContent-Length: 200\r\n\r\n" +
        std::string(200, 'x');
    auto const deadline = std::chrono::steady_clock::now() + 120s;
    std::size_t sent = 0;
    if (mode_ == mode::hold) {
      asio::write(sock, asio::buffer(response), ec);
      sent = response.size();
    }
    std::array<char, 4096> request;
    while (!ec && !stopping_ && std::chrono::steady_clock::now() < deadline) {
      if (sent < response.size()) asio::write(sock, asio::buffer(&response[sent++], 1), ec);
      std::this_thread::sleep_for(500ms);
      // The request is read and dropped; a client that closed shows as the end of the stream.
      sock.non_blocking(true);
      if (!ec) sock.read_some(asio::buffer(request), ec);
      if (ec == asio::error::would_block) ec = {};
      sock.non_blocking(false);
    }
  }

  mode mode_;
  asio::io_context ioc_;
  tcp::acceptor acceptor_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

bool contains(std::string const& s, std::string_view what) {
  return s.find(what) != std::string::npos;
}

// The port a proxy announces on standard error; 0 when it did not within 20 s.
unsigned short announced_port(respolicy::test::child& proxy) {
  auto const deadline = std::chrono::steady_clock::now() + 20s;
  while (std::chrono::steady_clock::now() < deadline) {
    auto const err = proxy.err();
    auto const at = err.find("listening on 127.0.0.1:");
    if (at != std::string::npos && err.find(',', at) != std::string::npos)
      return static_cast<unsigned short>(std::stoi(err.substr(at + 23)));
    std::this_thread::sleep_for(20ms);
  }
  return 0;
}

}  // namespace

TEST_CASE("url: lints what a live server answers", "[lint][live]") {
  test_server server;
  std::string const base = "http://127.0.0.1:" + std::to_string(server.port());
  using respolicy::test::run_lint;

  auto r = run_lint({"--url", base + "/ok", "--timeout", "10"});
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "1 response in 1 input: 0 errors"));

  r = run_lint({"--url", base + "/no-allow"});
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(contains(r.out, "405-allow-required"));
  CHECK(contains(r.out, "#1 GET " + base + "/no-allow 405"));  // labelled with the URL

  r = run_lint({"--url", base + "/stray-204"});
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(contains(r.out, "no-content-204"));

  // The method sent is the context: a HEAD answer ends at its header section.
  r = run_lint({"--url", base + "/ok", "-X", "HEAD", "-H", "X-Test: 1", "--format", "json"});
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(contains(r.out, "\"method\":\"HEAD\""));
  CHECK_FALSE(contains(r.out, "head-no-content"));
}

TEST_CASE("url: the URL as Boost.URL reads it", "[lint][live]") {
  using respolicy::test::run_lint;
  SECTION("the scheme in any case; a fragment is not sent") {
    test_server server;
    auto const url = "HTTP://127.0.0.1:" + std::to_string(server.port()) + "/no-allow#top";
    auto const r = run_lint({"--url", url, "--format=json"});
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK(contains(r.out, "405-allow-required"));
    CHECK(contains(r.out, "\"url\":\"" + url + "\""));
  }
  SECTION("an IPv6 literal") {
    // Only where the machine has IPv6 loopback; elsewhere the address is still read as a host
    // (a connection error, not a URL error).
    bool v6 = true;
    try {
      asio::io_context ioc;
      tcp::acceptor probe(ioc, tcp::endpoint(asio::ip::make_address("::1"), 0));
    } catch (std::exception const&) {
      v6 = false;
    }
    if (v6) {
      test_server server("::1");
      auto const r =
          run_lint({"--url", "http://[::1]:" + std::to_string(server.port()) + "/no-allow"});
      INFO(r.out << r.err);
      CHECK(r.status == 1);
      CHECK(contains(r.out, "405-allow-required"));
    } else {
      WARN("no IPv6 loopback here: only the reading of http://[::1]:port/ is tested");
      auto const r = run_lint({"--url", "http://[::1]:9/", "--timeout", "5"});
      CHECK(r.status == 2);
      CHECK_FALSE(contains(r.err, "--url needs"));
    }
  }
  SECTION("userinfo is refused, with what to do instead") {
    auto const r = run_lint({"--url", "http://user:secret@127.0.0.1:9/"});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "--url takes no user name or password"));
    CHECK(contains(r.err, "Authorization"));
  }
}

TEST_CASE("url: the tool's own request causes no finding", "[lint][live]") {
  // respolicy-lint sends no Connection: close, so a server that keeps its connection open (and
  // never echoes close) draws no connection-close-echo (RFC 9112 §9.6).
  test_server server;
  auto const r = respolicy::test::run_lint(
      {"--url", "http://127.0.0.1:" + std::to_string(server.port()) + "/keep-alive"});
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK_FALSE(contains(r.out, "connection-close-echo"));
  CHECK(contains(r.out, "1 response in 1 input: 0 errors, 0 warnings"));
}

TEST_CASE("url: reports an unreachable server as unreadable input", "[lint][live]") {
  // A port that was free a moment ago: nothing listens there.
  unsigned short port = 0;
  {
    asio::io_context ioc;
    tcp::acceptor a(ioc, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    port = a.local_endpoint().port();
  }
  auto const r = respolicy::test::run_lint(
      {"--url", "http://127.0.0.1:" + std::to_string(port) + "/", "--timeout", "5"});
  CHECK(r.status == 2);
  CHECK_FALSE(r.err.empty());
}

TEST_CASE("proxy: forwards unchanged and lints every response as it passes", "[lint][live]") {
  test_server server;
  respolicy::test::child proxy({"--proxy", "127.0.0.1:0", "--upstream",
                                "127.0.0.1:" + std::to_string(server.port()), "--exit-after", "1"});
  // The proxy announces the port it chose.
  unsigned short const port = announced_port(proxy);
  REQUIRE(port != 0);

  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(20s);
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  beast::flat_buffer buf;
  auto ask = [&](http::verb verb, std::string target) {
    http::request<http::empty_body> req{verb, target, 11};
    req.set(http::field::host, "127.0.0.1");
    stream.expires_after(20s);
    http::write(stream, req);
    http::response_parser<http::string_body> p;
    p.skip(verb == http::verb::head);
    http::read(stream, buf, p);
    return p.release();
  };
  auto const ok = ask(http::verb::get, "/ok");
  auto const no_allow = ask(http::verb::get, "/no-allow");
  auto const head = ask(http::verb::head, "/ok");
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  stream.close();

  // Forwarded unchanged.
  CHECK(ok.result_int() == 200);
  CHECK(ok.body() == test_server::ok_body);
  CHECK(no_allow.result_int() == 405);
  CHECK(head.result_int() == 200);
  CHECK(head[http::field::content_length] == std::to_string(test_server::ok_body.size()));

  int const status = proxy.wait(30s);
  auto const out = proxy.out();
  INFO(out << proxy.err());
  CHECK(status == 1);
  // Each response is labelled with the request it answers: method, "http://" + Host + target.
  CHECK(contains(out, "connection 1#2 GET http://127.0.0.1/no-allow 405"));
  CHECK(contains(out, "405-allow-required"));
  CHECK_FALSE(contains(out, "head-no-content"));
  CHECK(contains(out, "3 responses in 1 input"));
}

TEST_CASE("url: --timeout bounds the whole exchange", "[lint][live]") {
  SECTION("an answer that trickles in, a byte every 500 ms, is cut off") {
    slow_server server(slow_server::mode::trickle);
    respolicy::test::child c(
        {"--url", "http://127.0.0.1:" + std::to_string(server.port()) + "/", "--timeout", "2"});
    // Two seconds and a little: the bound here only keeps a broken build from hanging.
    int const status = c.wait(30s);
    INFO(c.out() << c.err());
    CHECK(status == 2);
    CHECK(contains(c.err(), "no complete answer within 2 s"));
    CHECK_FALSE(contains(c.out(), "content-length-accurate"));  // a cut answer is not judged
  }
  SECTION("an answer on a connection the server keeps open ends by its framing") {
    // The exchange is over when the answer's Content-Length has arrived: the run does not wait
    // for the server to close, nor for --timeout.
    slow_server server(slow_server::mode::hold);
    respolicy::test::child c(
        {"--url", "http://127.0.0.1:" + std::to_string(server.port()) + "/", "--timeout", "600"});
    int const status = c.wait(120s);
    INFO(c.out() << c.err());
    CHECK(status == 0);
    CHECK(contains(c.out(), "1 response in 1 input: 0 errors"));
  }
  SECTION("a complete answer on a connection the server keeps open is linted") {
    slow_server server(slow_server::mode::hold);
    respolicy::test::child c(
        {"--url", "http://127.0.0.1:" + std::to_string(server.port()) + "/", "--timeout", "2"});
    int const status = c.wait(30s);
    INFO(c.out() << c.err());
    CHECK(status == 0);
    CHECK(contains(c.out(), "1 response in 1 input: 0 errors"));
  }
}

TEST_CASE("proxy: keeps accepting after running out of file descriptors", "[lint][live]") {
#if defined(__SANITIZE_ADDRESS__)
  // The sanitizers' runtime opens descriptors of its own (to read the memory map for a report or
  // a type check) and fails with the process out of them: the test runs in the normal build.
  WARN("not run under AddressSanitizer: its runtime needs descriptors the test takes away");
  return;
#endif
  test_server server;
  // 24 descriptors: a few for the proxy itself, then two per connection (client and upstream).
  respolicy::test::child proxy(
      {"--proxy", "127.0.0.1:0", "--upstream", "127.0.0.1:" + std::to_string(server.port())},
      respolicy::test::spawn_options{.max_files = 24});
  unsigned short const port = announced_port(proxy);
  REQUIRE(port != 0);
  tcp::endpoint const at(asio::ip::make_address("127.0.0.1"), port);

  asio::io_context ioc;
  {
    // The burst: 30 connections at once, more than the proxy has descriptors for. The kernel
    // completes them whether the proxy accepts or not.
    std::vector<tcp::socket> burst;
    for (int i = 0; i < 30; ++i) {
      burst.emplace_back(ioc);
      beast::error_code ec;
      burst.back().connect(at, ec);
      REQUIRE(!ec);
    }
    // Until the proxy says accepting failed (a broken build says nothing: then 10 s).
    auto const deadline = std::chrono::steady_clock::now() + 10s;
    while (!contains(proxy.err(), "cannot accept") && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(20ms);
  }  // the burst closes

  // A normal request through the proxy, every step with a deadline.
  beast::tcp_stream stream(ioc);
  beast::flat_buffer buf;
  http::request<http::empty_body> req{http::verb::get, "/ok", 11};
  req.set(http::field::host, "127.0.0.1");
  req.keep_alive(false);
  http::response<http::string_body> res;
  beast::error_code ec;
  stream.expires_after(20s);
  stream.async_connect(at, [&](beast::error_code e) {
    if ((ec = e)) return;
    http::async_write(stream, req, [&](beast::error_code e2, std::size_t) {
      if ((ec = e2)) return;
      http::async_read(stream, buf, res, [&](beast::error_code e3, std::size_t) { ec = e3; });
    });
  });
  ioc.run();
  INFO(ec.message() << '\n' << proxy.err());
  CHECK(!ec);
  CHECK(res.result_int() == 200);
  CHECK(res.body() == test_server::ok_body);
  stream.close();

  CHECK(contains(proxy.err(), "cannot accept"));  // said on standard error
  proxy.terminate();
  int const status = proxy.wait(30s);
  CHECK(status == 0);
}

namespace {

// Sends `request` through a proxy in front of `server` on one connection, reads until the server
// closes, and returns what the proxy printed.
std::string through_proxy(test_server& server, std::string_view request) {
  respolicy::test::child proxy({"--proxy", "127.0.0.1:0", "--upstream",
                                "127.0.0.1:" + std::to_string(server.port()), "--exit-after", "1"});
  unsigned short const port = announced_port(proxy);
  REQUIRE(port != 0);
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(20s);
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  asio::write(stream.socket(), asio::buffer(request.data(), request.size()));
  std::string received;
  std::array<char, 4096> buf;
  beast::error_code ec;
  while (!ec) {
    stream.expires_after(20s);
    auto const n = stream.read_some(asio::buffer(buf), ec);
    received.append(buf.data(), n);
  }
  stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  stream.close();
  proxy.wait(30s);
  INFO(received);
  CHECK(contains(received, "HTTP/1.1 "));
  return proxy.out() + proxy.err();
}

}  // namespace

TEST_CASE("proxy: the exchange rules across one connection", "[lint][live]") {
  test_server server;
  // A 100-continue request whose content the client holds back until the server asks for it.
  auto const expecting = [](std::string_view target) {
    return "PUT " + std::string(target) +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
           "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\n";
  };
  SECTION("early-final-response-signals-close: a final answer before the content, no close") {
    auto const out = through_proxy(server, expecting("/early"));
    INFO(out);
    CHECK(contains(out, "connection 1#1 PUT http://127.0.0.1/early 413"));
    CHECK(contains(out, "early-final-response-signals-close"));
  }
  SECTION("near miss: the same answer with Connection: close") {
    auto const out = through_proxy(server, expecting("/early-close"));
    INFO(out);
    CHECK(contains(out, "connection 1#1 PUT http://127.0.0.1/early-close 413"));
    CHECK_FALSE(contains(out, "early-final-response-signals-close"));
  }
  SECTION("close-means-close: a second response after Connection: close") {
    auto const out = through_proxy(server,
                                   "GET /twice HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                   "GET /twice HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    INFO(out);
    CHECK(contains(out, "connection 1#2 GET http://127.0.0.1/twice 200"));
    CHECK(contains(out, "close-means-close"));
  }
  SECTION("one-final-response: two answers to one request") {
    auto const out = through_proxy(server, "GET /twice HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    INFO(out);
    CHECK(contains(out, "one-final-response"));
  }
  SECTION("near miss: answers to a request each, without close") {
    auto const out = through_proxy(server,
                                   "GET /ok HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                   "GET /ok HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Connection: close\r\n\r\n");
    INFO(out);
    CHECK(contains(out, "2 responses in 1 input: 0 errors"));
    CHECK_FALSE(contains(out, "close-means-close"));
    CHECK_FALSE(contains(out, "one-final-response"));
  }
}
