//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy::beast::tls_transport against a Beast server on 127.0.0.1 speaking TLS with a
// certificate the test makes at run time (OpenSSL: an EC key, a self-signed X.509 certificate for
// 127.0.0.1 and localhost). Verification on and no CA: the probe fails with the reason, and
// throws nothing. The certificate trusted (or verification off): the probe gets its answers and
// finds a planted fault.

#include <respolicy/beast/probe_tls.hpp>

#include "beast/loopback.hpp"
#include "beast/probe_resource.hpp"
#include "support/self_signed.hpp"
#include "support/temp_file.hpp"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

namespace {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace ssl = net::ssl;
namespace rb = respolicy::beast;
using respolicy::test::fault;
using respolicy::test::probe_resource;
using namespace std::chrono_literals;

using test_certificate = respolicy::test::self_signed_certificate;

// The loopback server's transport: TLS on TCP, with the test's certificate.
class tls_server {
 public:
  using stream_type = ssl::stream<beast::tcp_stream>;

  explicit tls_server(test_certificate const& c)
      : context_(std::make_shared<ssl::context>(ssl::context::tls_server)) {
    REQUIRE(SSL_CTX_use_certificate(context_->native_handle(), c.cert.get()) == 1);
    REQUIRE(SSL_CTX_use_PrivateKey(context_->native_handle(), c.key.get()) == 1);
  }

  stream_type make(net::ip::tcp::socket s) const { return stream_type{std::move(s), *context_}; }
  template <class Then>
  void start(stream_type& s, Then&& then) const {
    s.async_handshake(ssl::stream_base::server, std::forward<Then>(then));
  }
  void finish(stream_type& s, std::shared_ptr<void> const& keep) const {
    s.async_shutdown([keep](beast::error_code) {});
  }

 private:
  std::shared_ptr<ssl::context> context_;
};

using server_type = respolicy::test::loopback_server<probe_resource, tls_server>;

respolicy::probe_target target(server_type const& server) {
  return {.host = server.host(), .target = "/doc.txt", .fields = {}};
}

respolicy::probe_options quick() {
  respolicy::probe_options o;
  o.continue_wait = 200ms;
  return o;
}

}  // namespace

TEST_CASE("tls_transport: a self-signed certificate fails verification, clearly",
          "[beast][probe][tls]") {
  test_certificate const cert;
  server_type server{probe_resource{}, {}, tls_server{cert}};
  // Verification on (the default), the system's CAs: the test's certificate is trusted by none.
  rb::tls_transport transport{"127.0.0.1", server.port(), {}, 5s};
  respolicy::probe_report rep;
  REQUIRE_NOTHROW(rep = respolicy::run_probe(transport, target(server)));
  REQUIRE_FALSE(rep.results.empty());
  auto const& error = rep.results[0].error;
  INFO(error);
  CHECK(error.starts_with("certificate verify failed: self"));
  CHECK(error.find("signed certificate") != std::string::npos);
  CHECK_FALSE(rep.results[0].response);
  CHECK_FALSE(rep.ok());
}

TEST_CASE("tls_transport: the certificate trusted, the probe finds a planted fault",
          "[beast][probe][tls]") {
  test_certificate const cert;
  respolicy::test::temp_file const ca("ca.pem", cert.cert_pem());
  SECTION("the correct resource") {
    server_type server{probe_resource{}, {}, tls_server{cert}};
    rb::tls_transport transport{"127.0.0.1", server.port(), {.ca_file = ca.path()}, 5s};
    auto const rep =
        respolicy::run_probe(transport, target(server), respolicy::policy::standard(), quick());
    INFO(rep.to_string(true));
    CHECK(rep.ok());
    CHECK(rep.results.size() == quick().kinds.size() + 1);
    for (auto const& r : rep.results) CHECK(r.error.empty());
    CHECK_FALSE(rep.has("304-required-fields"));
  }
  SECTION("a 304 without the 200's ETag") {
    server_type server{probe_resource{fault::drop_etag_304}, {}, tls_server{cert}};
    rb::tls_transport transport{"127.0.0.1", server.port(), {.ca_file = ca.path()}, 5s};
    auto const rep =
        respolicy::run_probe(transport, target(server), respolicy::policy::standard(), quick());
    INFO(rep.to_string(true));
    CHECK(rep.has("304-required-fields"));
  }
  SECTION("the name checked: localhost is in the certificate, example.com is not") {
    server_type server{probe_resource{}, {}, tls_server{cert}};
    rb::tls_transport good{
        "127.0.0.1", server.port(), {.ca_file = ca.path(), .server_name = "localhost"}, 5s};
    auto const ok =
        respolicy::run_probe(good, target(server), respolicy::policy::standard(), quick());
    INFO(ok.to_string());
    CHECK(ok.results.front().error.empty());
    rb::tls_transport bad{
        "127.0.0.1", server.port(), {.ca_file = ca.path(), .server_name = "example.com"}, 5s};
    auto const rep = respolicy::run_probe(bad, target(server));
    REQUIRE_FALSE(rep.results.empty());
    CHECK(rep.results[0].error == "certificate verify failed: hostname mismatch");
  }
}

TEST_CASE("tls_transport: verification off for a test server", "[beast][probe][tls]") {
  test_certificate const cert;
  server_type server{probe_resource{fault::range_off_by_one}, {}, tls_server{cert}};
  rb::tls_transport transport{"127.0.0.1", server.port(), {.verify_peer = false}, 5s};
  auto const rep =
      respolicy::run_probe(transport, target(server), respolicy::policy::standard(), quick());
  INFO(rep.to_string(true));
  for (auto const& r : rep.results) CHECK(r.error.empty());
  CHECK(rep.has("206-content-matches-200"));
}

TEST_CASE("tls_transport: a CA file that cannot be read", "[beast][probe][tls]") {
  rb::tls_transport transport{"127.0.0.1", "1", {.ca_file = "no-such-file.pem"}, 5s};
  auto const rep =
      respolicy::run_probe(transport, {.host = "127.0.0.1:1", .target = "/", .fields = {}});
  REQUIRE_FALSE(rep.results.empty());
  CHECK(rep.results[0].error.starts_with("reading the CA file no-such-file.pem: "));
}
