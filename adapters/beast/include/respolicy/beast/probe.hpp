//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_PROBE_HPP
#define RESPOLICY_BEAST_PROBE_HPP

/** @file
    Clients for `respolicy::run_probe()` (`<respolicy/probe.hpp>`): a Beast handler called
    in-process, with what it returns serialized as a server would write it, and a server over TCP.
    The TLS client is in `<respolicy/beast/probe_tls.hpp>`, apart, because it needs OpenSSL.
*/

#include <respolicy/beast/guard.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/probe.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/message_generator.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/string_body.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace respolicy::beast {

namespace detail {

/** Appends every octet the serializer of `res` writes to `out`: the bytes a Beast server would
    send, header section and content. */
template <class Body, class Fields>
void append_serialized(http::message<false, Body, Fields>& res, std::string& out,
                       boost::beast::error_code& ec) {
  http::serializer<false, Body, Fields> sr{res};
  do {
    sr.next(ec, [&](boost::beast::error_code&, auto const& buffers) {
      std::size_t n = 0;
      for (auto const b : boost::beast::buffers_range_ref(buffers)) {
        out.append(static_cast<char const*>(b.data()), b.size());
        n += b.size();
      }
      sr.consume(n);
    });
  } while (!ec && !sr.is_done());
}

/** As above, for a message already type-erased. */
inline void append_serialized(http::message_generator& gen, std::string& out,
                              boost::beast::error_code& ec) {
  while (!gen.is_done()) {
    auto const buffers = gen.prepare(ec);
    if (ec) return;
    std::size_t n = 0;
    for (auto const& b : buffers) {
      out.append(static_cast<char const*>(b.data()), b.size());
      n += b.size();
    }
    gen.consume(n);
  }
}

/** As above, for whatever a handler of the shapes `guard()` accepts returns: a response, a
    `std::variant` of responses, an `any_response` or an `http::message_generator`. */
template <class Result>
void append_result(Result& res, std::string& out, boost::beast::error_code& ec) {
  if constexpr (std::is_same_v<Result, any_response>) {
    http::message_generator gen = std::move(res).to_generator();
    append_serialized(gen, out, ec);
  } else if constexpr (is_response_variant<Result>::value) {
    std::visit([&](auto& r) { append_serialized(r, out, ec); }, res);
  } else {
    static_assert(is_response<Result>::value || std::is_same_v<Result, http::message_generator>,
                  "respolicy::beast::handler_transport: the handler returns an "
                  "http::response<Body, Fields>, a std::variant of them, a "
                  "respolicy::beast::any_response or an http::message_generator");
    append_serialized(res, out, ec);
  }
}

/** `ec`'s message with a lower-case first letter, to follow a colon: "connection refused". */
inline std::string error_text(boost::system::error_code const& ec) {
  std::string s = ec.message();
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' && (s.size() < 2 || s[1] < 'A' || s[1] > 'Z'))
    s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

/** One exchange's connection, run on a private `io_context`: every operation is started
    asynchronously and the context runs until it completes or a deadline passes, when the socket
    is cancelled (closed, for a connect). The deadline of the whole exchange is `timeout` after
    construction. */
class probe_connection {
 public:
  using clock = std::chrono::steady_clock;

  explicit probe_connection(std::chrono::milliseconds timeout)
      : timeout_(timeout), deadline_(clock::now() + timeout) {}

  boost::asio::io_context& context() noexcept { return ioc_; }
  boost::asio::ip::tcp::socket& socket() noexcept { return socket_; }
  clock::time_point deadline() const noexcept { return deadline_; }

  /** "timed out after 10 s" (or "250 ms"). */
  std::string timed_out() const {
    auto const ms = timeout_.count();
    if (ms % 1000 == 0) return "timed out after " + std::to_string(ms / 1000) + " s";
    return "timed out after " + std::to_string(ms) + " ms";
  }

  /** Runs the context until `done` or `until`; past `until`, calls `cancel` and runs it until
      the cancelled operation has completed (its handler sees `operation_aborted`, or its result
      when it completed in the meantime). */
  template <class Cancel>
  void wait(bool const& done, clock::time_point until, Cancel&& cancel) {
    ioc_.restart();
    ioc_.run_until(until);
    if (done) return;
    cancel();
    ioc_.restart();
    ioc_.run();
  }

  /** Resolves `host` and connects the socket to one of its addresses; returns why not, or an
      empty string. */
  std::string connect(std::string const& host, std::string const& port) {
    using tcp = boost::asio::ip::tcp;
    boost::system::error_code ec;
    bool done = false;
    tcp::resolver resolver{ioc_};
    tcp::resolver::results_type endpoints;
    resolver.async_resolve(host, port,
                           [&](boost::system::error_code e, tcp::resolver::results_type r) {
                             ec = e;
                             endpoints = std::move(r);
                             done = true;
                           });
    wait(done, deadline_, [&] { resolver.cancel(); });
    if (ec == boost::asio::error::operation_aborted) return timed_out();
    if (ec) return "resolving " + host + ": " + error_text(ec);
    done = false;
    boost::asio::async_connect(socket_, endpoints, [&](boost::system::error_code e, auto const&) {
      ec = e;
      done = true;
    });
    // A range connect tries the next address after a cancelled one; closing ends it.
    wait(done, deadline_, [&] {
      boost::system::error_code ignored;
      socket_.close(ignored);
    });
    if (ec == boost::asio::error::operation_aborted || (ec && clock::now() >= deadline_))
      return timed_out();
    if (ec) return "connecting to " + host + ":" + port + ": " + error_text(ec);
    return {};
  }

 private:
  std::chrono::milliseconds timeout_;
  clock::time_point deadline_;
  boost::asio::io_context ioc_;
  boost::asio::ip::tcp::socket socket_{ioc_};
};

/** Whether `ec` says the server closed the connection, over TCP. */
inline bool is_end_of_stream(boost::system::error_code const& ec) noexcept {
  return ec == boost::asio::error::eof;
}

/** The exchange of `probe_transport::exchange()` on `stream`, connected (and for TLS, past its
    handshake) on `c`: sends the header section; for a request with content (`Expect:
    100-continue`), waits up to `continue_wait` for the server's first bytes before sending it
    (RFC 9110 §10.1.1); then reads until `received` has the whole response, and after it until
    the server closes, which `is_end(ec)` recognizes, or sends nothing for `linger`. */
/** How long a transport reads on after a complete response when the server neither closes the
    connection nor sends more: bytes after a response's end come with it or just after it. */
inline constexpr std::chrono::milliseconds linger{200};

template <class Stream, class IsEnd>
probe_io converse(Stream& stream, probe_connection& c, probe_request const& req,
                  probe_transport::receiver const& received,
                  std::chrono::milliseconds continue_wait, IsEnd is_end) {
  using clock = probe_connection::clock;
  auto& lowest = boost::beast::get_lowest_layer(stream);
  auto const cancel = [&] {
    boost::system::error_code ignored;
    lowest.cancel(ignored);
  };
  boost::system::error_code ec;
  std::size_t n = 0;
  bool done = false;
  auto const on_done = [&](boost::system::error_code e, std::size_t bytes) {
    ec = e;
    n = bytes;
    done = true;
  };
  auto const send = [&](std::string const& bytes) {
    done = false;
    boost::asio::async_write(stream, boost::asio::buffer(bytes), on_done);
    c.wait(done, c.deadline(), cancel);
  };
  std::string buffer(16 * 1024, '\0');
  auto const receive = [&](clock::time_point until) {
    done = false;
    n = 0;
    stream.async_read_some(boost::asio::buffer(buffer), on_done);
    c.wait(done, until, cancel);
  };

  probe_io io;
  auto const fail = [&](std::string text) {
    io.error = std::move(text);
    return io;
  };
  send(req.header);
  if (ec == boost::asio::error::operation_aborted) return fail(c.timed_out());
  if (ec) return fail("sending the request: " + error_text(ec));
  bool received_any = false;
  // Once the response is complete, what the server still sends is read until it closes the
  // connection or pauses for `linger`.
  bool lingering = false;
  if (!req.content.empty()) {
    auto const wait_until = std::min(c.deadline(), clock::now() + continue_wait);
    receive(wait_until);
    if (n != 0) {
      received_any = true;
      lingering = received(std::string_view(buffer.data(), n)) == probe_reading::rest;
    }
    if (ec == boost::asio::error::operation_aborted) {
      if (clock::now() >= c.deadline()) return fail(c.timed_out());
      io.waited_out = true;
    } else if (ec) {
      if (is_end(ec)) return io;
      return fail("receiving: " + error_text(ec));
    }
    // A final response before the content: RFC 9110 §10.1.1 lets the client leave it unsent.
    if (!lingering) {
      send(req.content);
      // A server that answered before the content and closed has said what it had to say: its
      // answer is read below.
      if (ec == boost::asio::error::operation_aborted) return fail(c.timed_out());
      if (ec && !received_any) return fail("sending the request's content: " + error_text(ec));
    }
  }
  for (;;) {
    receive(lingering ? std::min(c.deadline(), clock::now() + linger) : c.deadline());
    if (n != 0 && received(std::string_view(buffer.data(), n)) == probe_reading::rest)
      lingering = true;
    if (!ec) continue;
    if (ec == boost::asio::error::operation_aborted) {
      if (lingering) return io;  // the response was complete; the server kept the connection
      return fail(c.timed_out());
    }
    if (is_end(ec)) return io;
    if (lingering) return io;  // a reset after a complete response: nothing more to read
    return fail("receiving: " + error_text(ec));
  }
}

}  // namespace detail

/** A `probe_transport` that calls a Beast handler in-process: the request's bytes (header
    section and content) are parsed with Beast's `http::request_parser<http::string_body>`, the
    handler is called with the `http::request<http::string_body>`, and what it returns is
    serialized by Beast's serializer and handed to the probe. So what the probe judges is what
    would reach the wire, byte for byte, from a server writing the handler's response.

    The handler has one of the shapes `guard()` accepts: it takes the request (by reference, or
    by value or rvalue reference to consume it) and returns an `http::response<Body, Fields>`, a
    `std::variant` of responses, an `any_response` or an `http::message_generator`. A guarded
    handler is a handler too: probing it shows what the guard lets through.

    An `Expect: 100-continue` request gets its content at once: in-process there is no
    connection to send a 100 (Continue) on, and nothing to wait for.

    A request Beast cannot parse, or a handler that throws, is an exchange that failed: its
    `probe_io::error` says why.

    @par Example
    @code
    respolicy::beast::handler_transport t{[](http::request<http::string_body> const& req) {
      return make_response(req);
    }};
    auto rep = respolicy::run_probe(t, {.host = "example.com", .target = "/"});
    @endcode
*/
template <class Handler>
class handler_transport final : public respolicy::probe_transport {
 public:
  /** Probes `h`. */
  explicit handler_transport(Handler h) : handler_(std::move(h)) {}

  /** Parses `req`, calls the handler and hands what it returns, serialized, to `received`. */
  probe_io exchange(probe_request const& req, receiver const& received,
                    std::chrono::milliseconds /*continue_wait*/) override {
    using request_type = http::request<http::string_body>;
    std::string bytes;
    bytes.reserve(req.header.size() + req.content.size());
    bytes += req.header;
    bytes += req.content;
    http::request_parser<http::string_body> parser;
    parser.eager(true);
    boost::beast::error_code ec;
    std::size_t used = 0;
    while (!parser.is_done() && used < bytes.size()) {
      auto const n = parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
      used += n;
      if (ec == http::error::need_more) ec = {};
      if (ec || n == 0) break;
    }
    if (ec) return {.error = "Beast could not parse the request: " + detail::error_text(ec)};
    if (!parser.is_done()) return {.error = "the request ends before its content"};
    request_type request = parser.release();

    std::string out;
    try {
      if constexpr (std::is_invocable_v<Handler&, request_type&>) {
        auto res = std::invoke(handler_, request);
        detail::append_result(res, out, ec);
      } else {
        auto res = std::invoke(handler_, std::move(request));
        detail::append_result(res, out, ec);
      }
    } catch (std::exception const& e) {
      return {.error = std::string("the handler threw: ") + e.what()};
    }
    if (ec) return {.error = "Beast could not serialize the response: " + detail::error_text(ec)};
    received(out);
    return {};
  }

 private:
  Handler handler_;
};

/** Probes `h`, a Beast handler (see `handler_transport`), for `target`: `run_probe()` through a
    `handler_transport`. The handler is called once per probe, in-process.

    @par Example
    @code
    auto rep = respolicy::beast::probe_handler(
        [](http::request<http::string_body> const& req) { return make_response(req); },
        {.host = "example.com", .target = "/items"});
    CHECK(rep.ok());
    @endcode

    @par Specification
    RFC 9110 §9.1, §9.3.2, §12.5.5, §13.1, §13.2, §14, §15.3.7, §15.4.5, §15.5.17; RFC 9112 §6.1.
*/
template <class Handler>
respolicy::probe_report probe_handler(Handler&& h, respolicy::probe_target const& target,
                                      respolicy::policy const& pol = respolicy::policy::standard(),
                                      respolicy::probe_options const& opts = {}) {
  handler_transport<std::decay_t<Handler>> transport{std::forward<Handler>(h)};
  return respolicy::run_probe(transport, target, pol, opts);
}

/** A `probe_transport` over TCP: each exchange opens a new connection to `host`:`port`, and the
    whole exchange (resolving, connecting, sending and reading) is bounded by `timeout`.

    A request with content (`Expect: 100-continue`) sends its header section first and waits for
    the server's first bytes, up to the probe's `continue_wait`; when none came it says so
    (`probe_io::waited_out`) and sends the content anyway (RFC 9110 §10.1.1). A network failure
    is never thrown: `probe_io::error` says what went wrong ("connecting to 127.0.0.1:8080:
    connection refused", "timed out after 10 s").

    @par Example
    @code
    respolicy::beast::tcp_transport t{"127.0.0.1", "8080"};
    auto rep = respolicy::run_probe(t, {.host = "127.0.0.1:8080", .target = "/"});
    std::cout << rep.to_string();
    @endcode
*/
class tcp_transport final : public respolicy::probe_transport {
 public:
  /** Connects to `host` (a name or an address) on `port` (a number or a service name). */
  tcp_transport(std::string host, std::string port,
                std::chrono::milliseconds timeout = std::chrono::seconds(10))
      : host_(std::move(host)), port_(std::move(port)), timeout_(timeout) {}

  /** One exchange on a new connection. */
  probe_io exchange(probe_request const& req, receiver const& received,
                    std::chrono::milliseconds continue_wait) override {
    try {
      detail::probe_connection c{timeout_};
      if (auto e = c.connect(host_, port_); !e.empty()) return {.error = std::move(e)};
      return detail::converse(c.socket(), c, req, received, continue_wait,
                              detail::is_end_of_stream);
    } catch (std::exception const& e) {
      return {.error = e.what()};
    }
  }

 private:
  std::string host_;
  std::string port_;
  std::chrono::milliseconds timeout_;
};

}  // namespace respolicy::beast

#endif
