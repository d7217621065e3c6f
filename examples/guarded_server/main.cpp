//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// guarded_server: an asynchronous Boost.Beast server whose handlers make the mistakes real
// handlers make (a body on a 204, a 405 without Allow, a 503 without Retry-After, a header value
// copied from the query string, two Transfer-Encoding lines), every one of them wrapped in
// respolicy::beast::guard. The program starts the server on 127.0.0.1, sends it real requests with
// a Beast client, and prints what the guard caught, repaired and blocked, and what the client
// actually received. Then it exits.

#include <respolicy/beast.hpp>
#include <respolicy/grammar/http_date.hpp>

#include <boost/asio.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

// ---------------------------------------------------------------------------------------------
// The application: ordinary Beast handlers, some of them wrong.

std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

// The Date an origin server with a clock sends (RFC 9110 §6.6.1).
std::string now() {
  auto const t = respolicy::grammar::format_http_date(
      std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
  return std::string(t.data(), t.size());
}

response text(request const& req, http::status status, std::string body) {
  response res{status, req.version(), std::move(body)};
  res.set(http::field::date, now());
  res.set(http::field::content_type, "text/plain");
  res.keep_alive(req.keep_alive());
  res.prepare_payload();
  return res;
}

response handle(request const& req) {
  auto const target = std::string_view(req.target().data(), req.target().size());
  if (target == "/hello" && req.method() == http::verb::get)
    return text(req, http::status::ok, "hello\n");
  if (target == "/hello" && req.method() == http::verb::head) {
    // Wrong: the body of the GET, on a HEAD response (RFC 9110 §9.3.2).
    return text(req, http::status::ok, "hello\n");
  }
  if (target == "/hello") {
    // Wrong: 405 without Allow (RFC 9110 §15.5.6).
    return text(req, http::status::method_not_allowed, "only GET here\n");
  }
  if (target.starts_with("/items/") && req.method() == http::verb::delete_) {
    // Wrong: a body on a 204 (RFC 9110 §15.3.5). Beast writes it after the header anyway, where
    // the client reads it as the start of the next response.
    response res{http::status::no_content, req.version()};
    res.set(http::field::date, now());
    res.body() = "deleted\n";
    res.content_length(res.body().size());
    res.keep_alive(req.keep_alive());
    return res;
  }
  if (target == "/status") {
    // Missing: Retry-After on a 503 (RFC 9110 §15.6.4).
    return text(req, http::status::service_unavailable, "down for maintenance\n");
  }
  if (target.starts_with("/greet?name=")) {
    // Wrong: a header value copied from the query string. "%0D%0A" decodes to CR LF, and Beast
    // writes the value as it is: response splitting (RFC 9110 §5.5, RFC 9112 §11.1).
    auto res = text(req, http::status::ok, "greetings\n");
    res.set("X-Greeting", "Hello, " + percent_decode(target.substr(12)));
    return res;
  }
  if (target == "/download") {
    // Wrong: the content coding set as a second Transfer-Encoding line, over content that came
    // from elsewhere. Beast's chunked() reads the first line only and writes the content as it
    // is; the client combines the lines into "gzip, chunked" (RFC 9110 §5.3) and reads chunked:
    // the content's "0" chunk ends this response and the rest becomes a second one, with its own
    // Set-Cookie (response smuggling, RFC 9112 §6.3, §11.2).
    auto res = text(req, http::status::ok,
                    "0\r\n\r\nHTTP/1.1 200 OK\r\nSet-Cookie: session=attacker\r\n"
                    "Content-Length: 0\r\n\r\n");
    res.erase(http::field::content_length);
    res.insert(http::field::transfer_encoding, "gzip");
    res.insert(http::field::transfer_encoding, "chunked");
    return res;
  }
  return text(req, http::status::not_found, "no such page\n");
}

// ---------------------------------------------------------------------------------------------
// The server: Beast's asynchronous server, with the guarded handler in place of the plain one.

// What the server did, counted independently of the guard so that a load test can compare the
// two: every request read is handed to the handler once, and its response is either written or
// lost with its connection (the client closed it first).
struct traffic_counts {
  std::atomic<std::uint64_t> requests_read{0};
  std::atomic<std::uint64_t> responses_written{0};
  std::atomic<std::uint64_t> writes_failed{0};
};
traffic_counts traffic;

template <class Handler>
class session : public std::enable_shared_from_this<session<Handler>> {
 public:
  session(tcp::socket socket, Handler const& handler)
      : stream_(std::move(socket)), handler_(handler) {}

  void run() { read(); }

 private:
  void read() {
    req_ = {};
    stream_.expires_after(10s);
    http::async_read(stream_, buffer_, req_,
                     [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                       if (ec) return;
                       traffic.requests_read.fetch_add(1, std::memory_order_relaxed);
                       self->respond();
                     });
  }

  void respond() {
    // The guard checks, repairs or blocks the response before it is serialized.
    response res = handler_(req_);
    bool const keep_alive = res.keep_alive();
    beast::async_write(
        stream_, http::message_generator{std::move(res)},
        [self = this->shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
          (ec ? traffic.writes_failed : traffic.responses_written)
              .fetch_add(1, std::memory_order_relaxed);
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
void accept(tcp::acceptor& acceptor, Handler const& handler) {
  // Each connection on its own strand, so the server may run on several threads.
  acceptor.async_accept(net::make_strand(acceptor.get_executor()),
                        [&acceptor, &handler](beast::error_code ec, tcp::socket socket) {
                          if (ec) return;
                          std::make_shared<session<Handler>>(std::move(socket), handler)->run();
                          accept(acceptor, handler);
                        });
}

std::string printable(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\r')
      out += "\\r";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What the guard saw, recorded by on_violation (called on the server's thread).

struct event_log {
  std::mutex mutex;
  std::vector<std::string> lines;

  void add(respolicy::beast::guard_event const& e) {
    std::lock_guard lock{mutex};
    std::string head = "guard:   " + std::string(to_string(e.action));
    if (e.bytes_dropped != 0)
      head += ", " + std::to_string(e.bytes_dropped) + " content bytes dropped";
    if (e.action == respolicy::beast::guard_action::blocked) head += ": replaced by a 500";
    lines.push_back(head);
    // The guard records findings from its notification threshold up (warning, by default), and
    // any a repair acted on.
    for (auto const& d : e.report) {
      std::string l = "           " + std::string(to_string(d.severity)) + " " +
                      std::string(d.rule) + (d.repaired ? ", repaired" : "");
      lines.push_back(l);
      l = "             " + std::string(d.message);
      if (!d.field.empty() || !d.detail.empty()) {
        l += " (" + std::string(d.field.view());
        if (!d.field.empty() && !d.detail.empty()) l += ": ";
        l += printable(d.detail.view()) + ")";
      }
      lines.push_back(l);
      lines.push_back("             " + std::string(d.citation));
    }
  }

  std::vector<std::string> take() {
    std::lock_guard lock{mutex};
    return std::exchange(lines, {});
  }
};

// ---------------------------------------------------------------------------------------------
// The client: one connection per request, every step bounded by a timeout.

std::string fetch(net::io_context& ioc, tcp::endpoint server, request req) {
  beast::tcp_stream stream{ioc};
  stream.expires_after(5s);
  stream.async_connect(server, net::use_future).get();
  req.set(http::field::host, "127.0.0.1");
  req.keep_alive(false);
  req.prepare_payload();
  stream.expires_after(5s);
  http::async_write(stream, req, net::use_future).get();
  // Everything until the server closes: the raw bytes, as any client receives them.
  std::string raw;
  char chunk[4096];
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

void show_received(std::string_view raw, std::string_view prefix) {
  auto const end = raw.find("\r\n\r\n");
  auto const header = raw.substr(0, end == raw.npos ? raw.size() : end);
  auto const content = end == raw.npos ? std::string_view{} : raw.substr(end + 4);
  for (std::size_t at = 0; at <= header.size();) {
    auto const eol = std::min(header.find("\r\n", at), header.size());
    std::cout << prefix << printable(header.substr(at, eol - at)) << "\n";
    prefix = "              ";
    at = eol + 2;
  }
  if (content.empty())
    std::cout << prefix << "(no content)\n";
  else
    std::cout << prefix << "content: \"" << printable(content.substr(0, 60))
              << (content.size() > 60 ? "...\"" : "\"") << "\n";
}

}  // namespace

// `--serve guarded|unguarded [threads]`: serve the same handlers until SIGINT or SIGTERM, for a
// load generator (benchmarks/load/); prints the port first, and at exit what the server and the
// guard counted (scripts/load-asan.sh compares the two).
int serve(bool guarded, int threads) {
  auto const g = respolicy::beast::guard(handle);
  auto* const plain = &handle;
  net::io_context ioc{threads};
  tcp::acceptor acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  if (guarded)
    accept(acceptor, g);
  else
    accept(acceptor, plain);
  net::signal_set signals{ioc, SIGINT, SIGTERM};
  signals.async_wait([&ioc](beast::error_code, int) { ioc.stop(); });
  std::cout << "listening on " << acceptor.local_endpoint() << (guarded ? " (guarded)" : "")
            << std::endl;
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : pool) t.join();
  std::cout << "traffic: " << traffic.requests_read << " requests read, "
            << traffic.responses_written << " responses written, " << traffic.writes_failed
            << " writes failed\n";
  auto const st = g.stats();
  if (guarded)
    std::cout << "guard: " << st.checked << " checked, " << st.repaired << " repaired, "
              << st.blocked << " blocked, " << st.reported << " reported\n";
  return EXIT_SUCCESS;
}

int main(int argc, char** argv) {
  namespace rb = respolicy::beast;
  if (argc >= 3 && std::string_view(argv[1]) == "--serve")
    return serve(std::string_view(argv[2]) == "guarded", argc >= 4 ? std::atoi(argv[3]) : 1);
  event_log log;
  auto const guarded =
      rb::guard(handle, rb::guard_options{}
                            .mode(rb::guard_mode::repair)
                            .on_violation([&log](rb::guard_event const& e) { log.add(e); }));

  net::io_context ioc;
  tcp::acceptor acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  accept(acceptor, guarded);
  // The same handlers without the guard, to show what Beast would send on its own.
  auto* const unguarded = &handle;
  tcp::acceptor plain_acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  accept(plain_acceptor, unguarded);
  std::thread server{[&ioc] { ioc.run(); }};
  auto const endpoint = acceptor.local_endpoint();

  std::cout << "respolicy guarded_server: a Boost.Beast server on " << endpoint
            << ", every handler wrapped in\nrespolicy::beast::guard (mode: repair). "
               "Sending it real requests:\n";

  struct step {
    http::verb method;
    char const* target;
    char const* handler;
    bool compare = false;  // also show what the client gets without the guard
  };
  step const steps[] = {
      {http::verb::get, "/hello", "a correct 200"},
      {http::verb::delete_, "/items/42", "204 No Content, with a body and Content-Length: 8", true},
      {http::verb::head, "/hello", "the GET's body, on a HEAD response"},
      {http::verb::post, "/hello", "405 Method Not Allowed, without Allow"},
      {http::verb::get, "/status", "503 Service Unavailable, without Retry-After"},
      {http::verb::get, "/greet?name=Bob%0D%0ASet-Cookie:%20session=stolen",
       "copies ?name= into X-Greeting: the value carries CR LF", true},
      {http::verb::get, "/download",
       "Transfer-Encoding: gzip and Transfer-Encoding: chunked on two lines, raw content", true},
  };
  int exit_code = EXIT_SUCCESS;
  int n = 0;
  for (auto const& s : steps) {
    std::cout << "\n"
              << ++n << ". " << http::to_string(s.method) << " " << s.target << "\n"
              << "   handler: " << s.handler << "\n";
    std::string raw, plain;
    try {
      raw = fetch(ioc, endpoint, request{s.method, s.target, 11});
      if (s.compare)
        plain = fetch(ioc, plain_acceptor.local_endpoint(), request{s.method, s.target, 11});
    } catch (std::exception const& e) {
      std::cout << "   client:  failed: " << e.what() << "\n";
      exit_code = EXIT_FAILURE;
      continue;
    }
    auto const events = log.take();
    if (events.empty()) std::cout << "   guard:   passed\n";
    for (auto const& l : events) std::cout << "   " << l << "\n";
    show_received(raw, "   client:  ");
    if (s.compare) {
      std::cout << "   without the guard the client would have received:\n";
      show_received(plain, "              ");
    }
    if (raw.find("\r\nSet-Cookie:") != raw.npos) {
      std::cout << "   !! an injected header line reached the client\n";
      exit_code = EXIT_FAILURE;
    }
  }

  auto const st = guarded.stats();
  std::cout << "\nThe guard checked " << st.checked << " responses: " << st.repaired
            << " repaired, " << st.blocked << " blocked, " << st.reported
            << " reported as they were.\n"
               "Other modes: report (send as produced, except what must never leave), reject (any "
               "error\nbecomes a 500), throw (for tests). See docs/rules.md for every rule id.\n";

  net::post(ioc, [&] {
    acceptor.close();
    plain_acceptor.close();
  });
  ioc.stop();
  server.join();
  return exit_code;
}
