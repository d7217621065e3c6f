//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy::beast::checked_stream on a real connection: a Beast server on 127.0.0.1 whose
// session script breaks one exchange rule (or nearly does), a client that sends raw request bytes
// and reads every byte until the server closes. Every operation has a deadline.

#include <respolicy/beast/checked_stream.hpp>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/time.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace rb = respolicy::beast;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

using stream = rb::checked_stream<tcp::socket>;
using script = std::function<void(stream&, beast::flat_buffer&)>;

// What a client sends: bytes, after a pause.
struct client_send {
  std::string bytes;
  std::chrono::milliseconds after = 0ms;
};

struct outcome {
  std::string received;                // every byte the client read until the server closed
  std::vector<std::string> rules;      // the checked stream's findings, in order
  std::vector<rb::guard_action> acts;  // what on_violation heard
  beast::error_code server_error;      // how the script ended
};

void set_timeout(tcp::socket& s, std::chrono::seconds t) {
  timeval tv{static_cast<time_t>(t.count()), 0};
  ::setsockopt(s.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(s.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

// Serves one connection with `run` on a checked stream guarded in `mode`, while the client sends
// `sends`; returns what the client received and what the stream found.
outcome exchange(rb::guard_mode mode, std::vector<client_send> const& sends, script const& run) {
  net::io_context ioc;
  tcp::acceptor acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  outcome out;
  std::mutex mutex;
  std::thread server{[&] {
    tcp::socket socket{ioc};
    acceptor.accept(socket);
    set_timeout(socket, 5s);
    {
      stream s{rb::guard_options{}.mode(mode).on_violation([&](rb::guard_event const& e) {
                 std::lock_guard lock{mutex};
                 for (auto const& d : e.report) out.rules.emplace_back(d.rule);
                 out.acts.push_back(e.action);
               }),
               std::move(socket)};
      beast::flat_buffer buffer;
      try {
        run(s, buffer);
      } catch (boost::system::system_error const& e) {
        out.server_error = e.code();
      }
      beast::error_code ec;
      s.next_layer().shutdown(tcp::socket::shutdown_send, ec);
    }  // the stream's end: what the connection still owed is reported here
  }};
  tcp::socket client{ioc};
  client.connect(acceptor.local_endpoint());
  set_timeout(client, 5s);
  for (auto const& s : sends) {
    std::this_thread::sleep_for(s.after);
    beast::error_code ec;
    net::write(client, net::buffer(s.bytes), ec);
  }
  char chunk[4096];
  for (;;) {
    beast::error_code ec;
    auto const n = client.read_some(net::buffer(chunk), ec);
    out.received.append(chunk, n);
    if (ec) break;
  }
  client.close();
  server.join();
  return out;
}

bool has(outcome const& o, std::string_view rule) {
  return std::find(o.rules.begin(), o.rules.end(), rule) != o.rules.end();
}

http::request<http::string_body> read_request(stream& s, beast::flat_buffer& b) {
  http::request<http::string_body> req;
  http::read(s, b, req);
  return req;
}

void write_status(stream& s, unsigned status, bool close = false) {
  http::response<http::string_body> res;
  res.result(status);
  res.version(11);
  res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
  if (status >= 200) {
    res.set(http::field::content_type, "text/plain");
    res.body() = "ok";
    res.prepare_payload();
  }
  if (close) res.keep_alive(false);
  http::write(s, res);
}

// Reads a request's header section, answers 100 (Continue), then reads its content.
void read_after_100(stream& s, beast::flat_buffer& b) {
  http::request_parser<http::string_body> p;
  http::read_header(s, b, p);
  write_status(s, 100);
  http::read(s, b, p);
}

std::string const get = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
std::string const post_100 =
    "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Type: text/plain\r\n"
    "Content-Length: 5\r\n\r\n";
std::string const upgrade_100 =
    "GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: upgrade\r\n"
    "Expect: 100-continue\r\n\r\n";

void write_switching(stream& s) {
  http::response<http::empty_body> res{http::status::switching_protocols, 11};
  res.set(http::field::upgrade, "websocket");
  res.set(http::field::connection, "upgrade");
  http::write(s, res);
}

}  // namespace

TEST_CASE("checked_stream: no-1xx-after-final", "[beast][checked_stream][server]") {
  auto const broken = exchange(rb::guard_mode::report, {{get}}, [](stream& s, auto& b) {
    read_request(s, b);
    write_status(s, 200);
    write_status(s, 103);  // after the final response
  });
  CHECK(has(broken, "no-1xx-after-final"));
  auto const fine = exchange(rb::guard_mode::report, {{get}}, [](stream& s, auto& b) {
    read_request(s, b);
    write_status(s, 103);
    write_status(s, 200);
  });
  CHECK_FALSE(has(fine, "no-1xx-after-final"));
  CHECK(fine.rules.empty());
}

TEST_CASE("checked_stream: one-final-response", "[beast][checked_stream][server]") {
  auto const broken = exchange(rb::guard_mode::report, {{get}}, [](stream& s, auto& b) {
    read_request(s, b);
    write_status(s, 200);
    write_status(s, 200);  // a second final response to one request
  });
  CHECK(has(broken, "one-final-response"));
  auto const fine = exchange(rb::guard_mode::report, {{get + get}}, [](stream& s, auto& b) {
    read_request(s, b);
    read_request(s, b);
    write_status(s, 200);
    write_status(s, 200);  // pipelined: one each
  });
  CHECK(fine.rules.empty());
}

TEST_CASE("checked_stream: close-means-close", "[beast][checked_stream][server]") {
  auto const broken = exchange(rb::guard_mode::report, {{get + get}}, [](stream& s, auto& b) {
    read_request(s, b);
    write_status(s, 200, /*close*/ true);
    read_request(s, b);
    write_status(s, 200);  // answered after saying close
  });
  CHECK(has(broken, "close-means-close"));
  auto const fine = exchange(rb::guard_mode::report, {{get + get}}, [](stream& s, auto& b) {
    read_request(s, b);
    write_status(s, 200);
    read_request(s, b);
    write_status(s, 200, true);
  });
  CHECK(fine.rules.empty());
}

TEST_CASE("checked_stream: 100-continue-prompt", "[beast][checked_stream][server]") {
  // The client waits before it sends the content, as clients do for a 100 that does not come.
  std::vector<client_send> const client = {{post_100}, {"hello", 300ms}};
  auto const broken = exchange(rb::guard_mode::report, client, [](stream& s, auto& b) {
    read_request(s, b);  // reads on for the content without a 100 first
    write_status(s, 200);
  });
  CHECK(has(broken, "100-continue-prompt"));
  auto const fine = exchange(rb::guard_mode::report, client, [](stream& s, auto& b) {
    read_after_100(s, b);
    write_status(s, 200);
  });
  CHECK(fine.rules.empty());
}

TEST_CASE("checked_stream: early-final-response-signals-close", "[beast][checked_stream][server]") {
  std::vector<client_send> const client = {{post_100}};
  auto const broken = exchange(rb::guard_mode::report, client, [](stream& s, auto& b) {
    http::request_parser<http::string_body> p;
    http::read_header(s, b, p);
    write_status(s, 413);  // before the content, without Connection: close
  });
  CHECK(has(broken, "early-final-response-signals-close"));
  auto const fine = exchange(rb::guard_mode::report, client, [](stream& s, auto& b) {
    http::request_parser<http::string_body> p;
    http::read_header(s, b, p);
    write_status(s, 413, /*close*/ true);
  });
  CHECK(fine.rules.empty());
}

TEST_CASE("checked_stream: 100-before-101", "[beast][checked_stream][server]") {
  auto const broken = exchange(rb::guard_mode::report, {{upgrade_100}}, [](stream& s, auto& b) {
    read_request(s, b);
    write_switching(s);  // no 100 first
  });
  CHECK(has(broken, "100-before-101"));
  auto const fine = exchange(rb::guard_mode::report, {{upgrade_100}}, [](stream& s, auto& b) {
    read_request(s, b);
    write_status(s, 100);
    write_switching(s);
  });
  CHECK(fine.rules.empty());
}

TEST_CASE("checked_stream: 100-then-final", "[beast][checked_stream][server]") {
  std::vector<client_send> const client = {{post_100}, {"hello", 100ms}};
  auto const broken = exchange(rb::guard_mode::report, client, [](stream& s, auto& b) {
    read_after_100(s, b);
    // and the connection ends without a final response
  });
  CHECK(has(broken, "100-then-final"));
  auto const fine = exchange(rb::guard_mode::report, client, [](stream& s, auto& b) {
    read_after_100(s, b);
    write_status(s, 200);
  });
  CHECK(fine.rules.empty());
}

TEST_CASE("checked_stream: reject and throw modes keep the message off the wire",
          "[beast][checked_stream][server]") {
  auto const late_103 = [](stream& s, beast::flat_buffer& b) {
    read_request(s, b);
    write_status(s, 200);
    write_status(s, 103);
  };
  auto const rejected = exchange(rb::guard_mode::reject, {{get}}, late_103);
  CHECK(rejected.server_error == rb::stream_errc::rejected);
  CHECK(rejected.received.find("HTTP/1.1 200 OK") == 0);
  CHECK(rejected.received.find(" 103 ") == std::string::npos);
  CHECK(std::count(rejected.acts.begin(), rejected.acts.end(), rb::guard_action::blocked) == 1);

  auto const thrown = exchange(rb::guard_mode::throw_, {{get}}, late_103);
  CHECK(thrown.server_error == rb::stream_errc::violation);
  CHECK(thrown.received.find(" 103 ") == std::string::npos);

  // Report mode lets the bytes out: the stream watches, the server decides.
  auto const reported = exchange(rb::guard_mode::report, {{get}}, late_103);
  CHECK_FALSE(reported.server_error);
  CHECK(reported.received.find("HTTP/1.1 103 ") != std::string::npos);
}

TEST_CASE("checked_stream: each response's own rules, on its actual bytes",
          "[beast][checked_stream][server]") {
  auto const broken = exchange(rb::guard_mode::report, {{get}}, [](stream& s, auto& b) {
    read_request(s, b);
    http::response<http::string_body> res{http::status::no_content, 11, "deleted"};
    res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
    http::write(s, res);  // content after a 204's header section
  });
  CHECK(has(broken, "no-content-204"));
}
