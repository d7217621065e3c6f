//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-lint --probe against real servers on 127.0.0.1: the guarded_server example (its
// --serve mode), and a Beast server over TLS whose self-signed certificate the test makes at run
// time with the OpenSSL API. Every exchange has a deadline (--timeout), every child a limit on
// its run, so a broken build fails instead of hanging.

#include "blocking_server.hpp"
#include "json_validator.hpp"
#include "process.hpp"
#include "support/self_signed.hpp"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

namespace {

namespace asio = boost::asio;
namespace ssl = asio::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

bool contains(std::string const& s, std::string_view what) {
  return s.find(what) != std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// The example server, started as a load generator would: `guarded_server --serve MODE` prints
// "listening on 127.0.0.1:PORT (MODE)" first and serves until SIGTERM.

#ifdef RESPOLICY_GUARDED_SERVER_EXE
class example_server {
 public:
  explicit example_server(std::string const& mode)
      : child_({"--serve", mode},
               respolicy::test::spawn_options{.exe = RESPOLICY_GUARDED_SERVER_EXE}) {
    auto const deadline = std::chrono::steady_clock::now() + 20s;
    while (port_ == 0 && std::chrono::steady_clock::now() < deadline) {
      auto const out = child_.out();
      auto const at = out.find("listening on 127.0.0.1:");
      if (at != std::string::npos && out.find(' ', at + 23) != std::string::npos)
        port_ = static_cast<unsigned short>(std::stoi(out.substr(at + 23)));
      else
        std::this_thread::sleep_for(20ms);
    }
  }
  ~example_server() {
    child_.terminate();
    child_.wait(30s);
  }
  unsigned short port() const { return port_; }
  std::string url(std::string_view target) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(target);
  }

 private:
  respolicy::test::child child_;
  unsigned short port_ = 0;
};
#endif

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// A Beast server over TLS, one connection at a time on its own thread. "/" has an ETag and
// answers If-None-Match with a 304 that drops it (304-required-fields); every method but GET and
// HEAD gets a 405 without Allow (405-allow-required).

class tls_server {
 public:
  explicit tls_server(respolicy::test::self_signed_certificate const& c)
      : tls_(ssl::context::tls_server), server_([this](tcp::socket s) { serve(std::move(s)); }) {
    tls_.use_certificate_chain(asio::buffer(c.cert_pem()));
    tls_.use_private_key(asio::buffer(c.key_pem()), ssl::context::pem);
  }
  std::string url(std::string_view target) const {
    return "https://127.0.0.1:" + std::to_string(server_.port()) + std::string(target);
  }
  /** The handshakes that failed: the client refused the certificate. */
  int refused() const { return refused_; }

  static constexpr std::string_view body = "hello over TLS\n";

 private:
  void serve(tcp::socket sock) {
    beast::ssl_stream<beast::tcp_stream> stream(std::move(sock), tls_);
    beast::get_lowest_layer(stream).expires_after(10s);
    beast::error_code ec;
    stream.handshake(ssl::stream_base::server, ec);
    if (ec) {
      ++refused_;
      return;
    }
    beast::flat_buffer buf;
    http::request<http::string_body> req;
    http::read(stream, buf, req, ec);
    if (ec) return;
    http::response<http::string_body> res{http::status::ok, req.version()};
    res.set(http::field::date, "Tue, 15 Nov 1994 08:12:31 GMT");
    res.set(http::field::content_type, "text/plain");
    res.set(http::field::etag, "\"v1\"");
    res.body() = std::string(body);
    if (req.method() != http::verb::get && req.method() != http::verb::head) {
      res.result(http::status::method_not_allowed);
      res.erase(http::field::etag);
      res.body() = "no\n";
    } else if (req[http::field::if_none_match] == "\"v1\"") {
      res.result(http::status::not_modified);
      res.erase(http::field::etag);
      res.body().clear();
    }
    res.keep_alive(false);
    res.prepare_payload();
    if (req.method() == http::verb::head || res.result() == http::status::not_modified) {
      http::response<http::empty_body> head{res.result(), res.version()};
      for (auto const& f : res) head.set(f.name_string(), f.value());
      if (res.result() == http::status::not_modified) head.erase(http::field::content_length);
      http::write(stream, head, ec);
    } else {
      http::write(stream, res, ec);
    }
    stream.shutdown(ec);
  }

  ssl::context tls_;
  std::atomic<int> refused_{0};
  respolicy::test::blocking_server server_;  // last: its thread ends first
};

}  // namespace

#ifdef RESPOLICY_GUARDED_SERVER_EXE

TEST_CASE("probe: lists the findings of the example server", "[lint][probe]") {
  // /doc answers conditional and range requests, wrongly: its 304 drops the 200's ETag, its 206
  // is one byte off.
  example_server server("unguarded");
  REQUIRE(server.port() != 0);
  auto const url = server.url("/doc");
  respolicy::test::child c({"--probe", url, "--timeout", "10"});
  int const status = c.wait(120s);
  auto const out = c.out();
  INFO(out << c.err());
  CHECK(status == 1);
  // Each probe: its name and purpose, the request sent (the request line and the fields that set
  // it apart from the first GET's), the status received.
  CHECK(contains(out, "probe #1 get: "));
  CHECK(contains(out, "  > GET /doc HTTP/1.1\n"));
  CHECK(contains(out, "  > HEAD /doc HTTP/1.1\n"));
  CHECK(contains(out, "  > GET /doc HTTP/1.0\n"));
  CHECK(contains(out, "  > If-None-Match: \"doc-v1\"\n"));
  CHECK(contains(out, "  > Expect: 100-continue\n"));
  CHECK(contains(out, "  < HTTP/1.1 200 OK\n"));
  CHECK(contains(out, "  < HTTP/1.1 304 Not Modified\n"));
  CHECK(contains(out, "  < HTTP/1.1 206 Partial Content\n"));
  // The findings, labelled with the URL, the probe and its method.
  CHECK(contains(out, url + "#"));
  CHECK(contains(out, " if-none-match GET 304: error 304-required-fields"));
  CHECK(contains(out, " range GET 206: warning 206-content-matches-200"));
  CHECK(contains(out, " unknown-method "));
  CHECK(contains(out, "warning 501-vs-405"));
  CHECK(contains(out, " expect-continue GET 200: error 100-continue-prompt"));
  CHECK(contains(out, "responses in 1 input"));
  CHECK(c.err().empty());
}

TEST_CASE("probe: the example server with and without its guard", "[lint][probe]") {
  // /hello answers HEAD with the GET's content and other methods with a 405 without Allow. The
  // guard removes the content; the 405 it cannot mend (it does not know the methods), so it
  // reports it and lets it through.
  for (std::string const mode : {"unguarded", "guarded"}) {
    example_server server(mode);
    REQUIRE(server.port() != 0);
    respolicy::test::child c({"--probe", server.url("/hello"), "--timeout", "10"});
    int const status = c.wait(120s);
    auto const out = c.out();
    INFO(mode << '\n' << out << c.err());
    CHECK(status == 1);
    CHECK(contains(out, "  > HEAD /hello HTTP/1.1\n"));
    CHECK(contains(out, " head HEAD 200 @") == (mode == "unguarded"));
    CHECK(contains(out, "error head-no-content") == (mode == "unguarded"));
    CHECK(contains(out, " not-allowed TRACE 405: error 405-allow-required"));
  }
}

TEST_CASE("probe: --format json conforms to docs/lint-json-schema.json", "[lint][probe][json]") {
  example_server server("unguarded");
  REQUIRE(server.port() != 0);
  auto const url = server.url("/doc");
  respolicy::test::child c(
      {"--probe", url, "--timeout", "10", "--format", "json", "-H", "X-Probe: cli"});
  int const status = c.wait(120s);
  auto const out = c.out();
  INFO(out << c.err());
  CHECK(status == 1);
  boost::system::error_code ec;
  auto const doc = boost::json::parse(out, ec);
  REQUIRE(!ec);
  auto const problems = respolicy::test::load_schema().check(doc);
  for (auto const& p : problems) UNSCOPED_INFO(p);
  CHECK(problems.empty());
  // Each entry is labelled with its probe and the whole request it sent, -H fields included.
  auto const& entries = doc.at("responses").as_array();
  REQUIRE(entries.size() >= 5);
  CHECK(entries[0].at("probe") == "get");
  CHECK(entries[0].at("method") == "GET");
  CHECK(entries[0].at("url").as_string() == url);
  CHECK(entries[0].at("request").as_array().at(0) == "GET /doc HTTP/1.1");
  bool not_allowed = false, if_none_match = false;
  for (auto const& e : entries) {
    CHECK(e.at("purpose").is_string());
    CHECK(e.at("error").is_null());
    auto const& request = e.at("request").as_array();
    CHECK(std::find(request.begin(), request.end(), boost::json::value("X-Probe: cli")) !=
          request.end());
    if (e.at("probe") == "not-allowed") {
      not_allowed = true;
      CHECK(e.at("method") == "TRACE");
      CHECK(request.at(0) == "TRACE /doc HTTP/1.1");
    }
    if (e.at("probe") == "if-none-match") {
      if_none_match = true;
      CHECK(e.at("status") == 304);
      CHECK(std::find(request.begin(), request.end(),
                      boost::json::value("If-None-Match: \"doc-v1\"")) != request.end());
      bool required = false;
      for (auto const& d : e.at("diagnostics").as_array())
        required |= d.at("rule") == "304-required-fields";
      CHECK(required);
    }
  }
  CHECK(not_allowed);
  CHECK(if_none_match);
  CHECK(doc.at("summary").at("responses").to_number<std::size_t>() == entries.size());
}

#endif

TEST_CASE("probe: https, with the certificate verified", "[lint][probe][tls]") {
  respolicy::test::self_signed_certificate const cert;
  tls_server server(cert);
  using respolicy::test::run_lint;

  SECTION("a self-signed certificate is refused: exit 2, and says why") {
    auto const r = run_lint({"--probe", server.url("/"), "--timeout", "10"});
    INFO(r.out << r.err);
    CHECK(r.status == 2);
    CHECK(contains(r.err, "certificate verify failed"));
    CHECK(contains(r.err, "--insecure"));
    CHECK_FALSE(contains(r.out, "304-required-fields"));
    CHECK(server.refused() >= 1);
  }
  SECTION("--url refuses it too") {
    auto const r = run_lint({"--url", server.url("/"), "--timeout", "10"});
    INFO(r.out << r.err);
    CHECK(r.status == 2);
    CHECK(contains(r.err, "certificate verify failed"));
  }
  SECTION("--insecure: the findings") {
    auto const r = run_lint({"--probe", server.url("/"), "--insecure", "--timeout", "10"});
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK(contains(r.out, "  > GET / HTTP/1.1\n"));
    CHECK(contains(r.out, "  < HTTP/1.1 304 Not Modified\n"));
    CHECK(contains(r.out, "if-none-match GET 304: error 304-required-fields"));
    CHECK(contains(r.out, "405-allow-required"));
    CHECK(server.refused() == 0);
  }
  SECTION("--cacert: the certificate as its own authority") {
    respolicy::test::temp_file ca("ca.pem", cert.cert_pem());
    auto const r = run_lint({"--probe", server.url("/"), "--cacert", ca.path(), "--timeout", "10"});
    INFO(r.out << r.err);
    CHECK(r.status == 1);
    CHECK(contains(r.out, "304-required-fields"));
    CHECK_FALSE(contains(r.err, "certificate verify failed"));
  }
  SECTION("--url --insecure lints the answer") {
    auto const r = run_lint({"--url", server.url("/"), "--insecure", "--timeout", "10"});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(contains(r.out, "1 response in 1 input: 0 errors"));
  }
}

TEST_CASE("probe: an unreachable server is a network error", "[lint][probe]") {
  unsigned short port = 0;
  {
    asio::io_context ioc;
    tcp::acceptor a(ioc, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    port = a.local_endpoint().port();
  }
  auto const r = respolicy::test::run_lint(
      {"--probe", "http://127.0.0.1:" + std::to_string(port) + "/", "--timeout", "5"});
  INFO(r.out << r.err);
  CHECK(r.status == 2);
  CHECK(contains(r.err, "respolicy-lint: http://127.0.0.1:"));
}
