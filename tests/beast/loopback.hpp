//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_BEAST_LOOPBACK_HPP
#define RESPOLICY_TESTS_BEAST_LOOPBACK_HPP

// A real Beast server on 127.0.0.1 (an ephemeral port) for tests that reach it over the network:
// one thread runs its io_context, each connection is a session that reads requests with Beast's
// parser, answers them with a handler and writes the answers with Beast's serializer, over TCP or
// over a stream a `Transport` makes (TLS). Every operation of the server has a deadline, so a
// client that stalls cannot hang a test.

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace respolicy::test {

namespace loopback_detail {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
}  // namespace loopback_detail

/** The plain transport of a `loopback_server`: TCP, nothing to set up. */
struct plain_tcp {
  using stream_type = boost::beast::tcp_stream;

  stream_type make(boost::asio::ip::tcp::socket s) const { return stream_type{std::move(s)}; }
  template <class Then>
  void start(stream_type&, Then&& then) const {
    then(boost::beast::error_code{});
  }
  // Ends the session's sending side; `keep` holds the session while this lasts.
  void finish(stream_type& s, std::shared_ptr<void> const& /*keep*/) const {
    boost::beast::error_code ec;
    s.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ec);
  }
};

/** How a `loopback_server` behaves. */
struct loopback_options {
  /** Whether a request with `Expect: 100-continue` gets a 100 (Continue) after its header
      section, before the server reads its content (RFC 9110 §10.1.1); a server that does not
      waits for the content the client withholds. */
  bool send_100 = true;
  /** The deadline of each read and write of the server. */
  std::chrono::seconds timeout = std::chrono::seconds(5);
};

/** Serves `Handler` (a request in, an `http::response` or `http::message_generator` out) on
    127.0.0.1 until destroyed. */
template <class Handler, class Transport = plain_tcp>
class loopback_server {
  using tcp = loopback_detail::tcp;

 public:
  explicit loopback_server(Handler h, loopback_options opts = {}, Transport t = {})
      : handler_(std::move(h)),
        opts_(opts),
        transport_(std::move(t)),
        acceptor_(ioc_, {boost::asio::ip::make_address("127.0.0.1"), 0}) {
    accept();
    thread_ = std::thread([this] { ioc_.run(); });
  }
  ~loopback_server() {
    boost::asio::post(ioc_, [this] { acceptor_.close(); });
    ioc_.stop();
    thread_.join();
  }
  loopback_server(loopback_server const&) = delete;
  loopback_server& operator=(loopback_server const&) = delete;

  /** The port, as a probe transport takes it. */
  std::string port() const { return std::to_string(acceptor_.local_endpoint().port()); }
  /** The Host field of a request to the server. */
  std::string host() const { return "127.0.0.1:" + port(); }

 private:
  class session;

  void accept() {
    acceptor_.async_accept([this](boost::beast::error_code ec, tcp::socket s) {
      if (ec) return;
      std::make_shared<session>(*this, transport_.make(std::move(s)))->start();
      accept();
    });
  }

  Handler handler_;
  loopback_options opts_;
  Transport transport_;
  boost::asio::io_context ioc_;
  tcp::acceptor acceptor_;
  std::thread thread_;
};

template <class Handler, class Transport>
class loopback_server<Handler, Transport>::session : public std::enable_shared_from_this<session> {
  using stream_type = typename Transport::stream_type;

 public:
  session(loopback_server& server, stream_type stream)
      : server_(server), stream_(std::move(stream)) {}

  void start() {
    expire();
    server_.transport_.start(
        stream_, [self = this->shared_from_this()](loopback_detail::beast::error_code ec) {
          if (!ec) self->read_header();
        });
  }

 private:
  void expire() { boost::beast::get_lowest_layer(stream_).expires_after(server_.opts_.timeout); }

  void read_header() {
    namespace http = loopback_detail::http;
    parser_.emplace();
    parser_->body_limit(1024 * 1024);
    expire();
    http::async_read_header(
        stream_, buffer_, *parser_,
        [self = this->shared_from_this()](loopback_detail::beast::error_code ec, std::size_t) {
          if (ec) return;
          if (self->server_.opts_.send_100 &&
              self->parser_->get()[http::field::expect] == "100-continue")
            return self->send_100();
          self->read_rest();
        });
  }

  void send_100() {
    namespace http = loopback_detail::http;
    interim_ = std::make_unique<http::response<http::empty_body>>(http::status::continue_, 11);
    expire();
    http::async_write(
        stream_, *interim_,
        [self = this->shared_from_this()](loopback_detail::beast::error_code ec, std::size_t) {
          if (!ec) self->read_rest();
        });
  }

  void read_rest() {
    namespace http = loopback_detail::http;
    expire();
    http::async_read(
        stream_, buffer_, *parser_,
        [self = this->shared_from_this()](loopback_detail::beast::error_code ec, std::size_t) {
          if (!ec) self->respond();
        });
  }

  void respond() {
    namespace http = loopback_detail::http;
    auto req = parser_->release();
    http::message_generator msg{server_.handler_(req)};
    bool const keep_alive = msg.keep_alive();
    expire();
    boost::beast::async_write(stream_, std::move(msg),
                              [self = this->shared_from_this(), keep_alive](
                                  loopback_detail::beast::error_code ec, std::size_t) {
                                if (ec) return;
                                if (keep_alive) return self->read_header();
                                self->server_.transport_.finish(self->stream_, self);
                              });
  }

  loopback_server& server_;
  stream_type stream_;
  loopback_detail::beast::flat_buffer buffer_;
  std::optional<loopback_detail::http::request_parser<loopback_detail::http::string_body>> parser_;
  std::unique_ptr<loopback_detail::http::response<loopback_detail::http::empty_body>> interim_;
};

}  // namespace respolicy::test

#endif
