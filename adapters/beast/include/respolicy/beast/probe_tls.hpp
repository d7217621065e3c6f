//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_PROBE_TLS_HPP
#define RESPOLICY_BEAST_PROBE_TLS_HPP

/** @file
    The probe's client for https: `respolicy::probe_transport` over Boost.Asio's OpenSSL streams.
    It needs OpenSSL: link `respolicy::beast_tls` (Debian: libssl-dev).
*/

#include <respolicy/beast/probe.hpp>

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/stream.hpp>

#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <chrono>
#include <exception>
#include <memory>
#include <string>
#include <utility>

namespace respolicy::beast {

/** How `tls_transport` checks the server. */
struct tls_options {
  /** Whether the server's certificate chain and name are verified; off only for test servers
      with a certificate no CA signed. */
  bool verify_peer = true;
  /** A PEM file of the CAs to trust; empty: the system's default paths. */
  std::string ca_file = {};
  /** The name sent in SNI (RFC 6066 §3, a DNS name only) and verified in the certificate (RFC
      9110 §4.3.4: a DNS name, or an IP address against an iPAddress entry); empty: the host. */
  std::string server_name = {};
};

/** A `probe_transport` over TLS: each exchange opens a new connection to `host`:`port`, makes the
    TLS handshake, and sends and reads as `tcp_transport` does, the whole bounded by `timeout`.

    The server's certificate is verified by default, against the system's CAs or `ca_file`, and
    so is its name (`server_name`, or the host). A failed verification is an exchange that
    failed, never an exception: `probe_io::error` names the reason, as OpenSSL states it
    ("certificate verify failed: self-signed certificate").

    @par Example
    @code
    respolicy::beast::tls_transport t{"example.com", "443"};
    auto rep = respolicy::run_probe(t, {.host = "example.com", .target = "/"});

    // A test server with a certificate it made itself:
    respolicy::beast::tls_transport local{"127.0.0.1", port, {.ca_file = "server.pem"}};
    @endcode

    @par Specification
    RFC 9110 §4.3.3 and §4.3.4 (https and its certificate check), RFC 8446.
*/
class tls_transport final : public respolicy::probe_transport {
 public:
  /** Connects to `host` (a name or an address) on `port`, checking it as `opts` says. */
  tls_transport(std::string host, std::string port, tls_options opts = {},
                std::chrono::milliseconds timeout = std::chrono::seconds(10))
      : host_(std::move(host)), port_(std::move(port)), opts_(std::move(opts)), timeout_(timeout) {}

  /** One exchange on a new connection. */
  probe_io exchange(probe_request const& req, receiver const& received,
                    std::chrono::milliseconds continue_wait) override {
    namespace ssl = boost::asio::ssl;
    try {
      if (auto e = make_context(); !e.empty()) return {.error = std::move(e)};
      detail::probe_connection c{timeout_};
      if (auto e = c.connect(host_, port_); !e.empty()) return {.error = std::move(e)};
      ssl::stream<boost::asio::ip::tcp::socket> stream{std::move(c.socket()), *context_};
      if (auto e = handshake(stream, c); !e.empty()) return {.error = std::move(e)};
      return detail::converse(
          stream, c, req, received, continue_wait, [](boost::system::error_code const& ec) {
            // Many servers close without close_notify; the framing
            // says whether the response was complete.
            return ec == boost::asio::error::eof || ec == ssl::error::stream_truncated;
          });
    } catch (std::exception const& e) {
      return {.error = e.what()};
    }
  }

 private:
  // The context, made once for all exchanges: the CAs are read once.
  std::string make_context() {
    namespace ssl = boost::asio::ssl;
    if (context_) return {};
    auto ctx = std::make_unique<ssl::context>(ssl::context::tls_client);
    SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
    boost::system::error_code ec;
    if (opts_.verify_peer) {
      if (opts_.ca_file.empty()) {
        ctx->set_default_verify_paths(ec);
        if (ec) return "reading the system's CA certificates: " + detail::error_text(ec);
      } else {
        ctx->load_verify_file(opts_.ca_file, ec);
        if (ec) return "reading the CA file " + opts_.ca_file + ": " + detail::error_text(ec);
      }
    }
    ctx->set_verify_mode(opts_.verify_peer ? ssl::verify_peer : ssl::verify_none, ec);
    if (ec) return "setting up TLS: " + detail::error_text(ec);
    context_ = std::move(ctx);
    return {};
  }

  // Sets SNI and the name to verify, and makes the handshake; returns why it failed, or an empty
  // string.
  std::string handshake(boost::asio::ssl::stream<boost::asio::ip::tcp::socket>& stream,
                        detail::probe_connection& c) {
    namespace ssl = boost::asio::ssl;
    std::string const& name = opts_.server_name.empty() ? host_ : opts_.server_name;
    SSL* const s = stream.native_handle();
    boost::system::error_code ec;
    bool const is_address = (boost::asio::ip::make_address(name, ec), !ec);
    // RFC 6066 §3: the server name indication carries a DNS name, never an address.
    if (!is_address && SSL_set_tlsext_host_name(s, name.c_str()) != 1)
      return "setting the TLS server name " + name + ": refused by OpenSSL";
    if (opts_.verify_peer) {
      // OpenSSL's own checks, so that a mismatch has its verification error ("hostname
      // mismatch", "IP address mismatch").
      int const set = is_address ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(s), name.c_str())
                                 : SSL_set1_host(s, name.c_str());
      if (set != 1) return "setting the name to verify " + name + ": refused by OpenSSL";
    }
    bool done = false;
    stream.async_handshake(ssl::stream_base::client, [&](boost::system::error_code e) {
      ec = e;
      done = true;
    });
    c.wait(done, c.deadline(), [&] {
      boost::system::error_code ignored;
      stream.lowest_layer().cancel(ignored);
    });
    if (!ec) return {};
    if (ec == boost::asio::error::operation_aborted) return c.timed_out();
    long const verified = SSL_get_verify_result(s);
    if (opts_.verify_peer && verified != X509_V_OK)
      return std::string("certificate verify failed: ") + X509_verify_cert_error_string(verified);
    return "TLS handshake with " + host_ + ":" + port_ + ": " + detail::error_text(ec);
  }

  std::string host_;
  std::string port_;
  tls_options opts_;
  std::chrono::milliseconds timeout_;
  std::unique_ptr<boost::asio::ssl::context> context_;
};

}  // namespace respolicy::beast

#endif
