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
#include <charconv>
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

// /doc: a document with validators and ranges, answered by hand as many handlers do, with three
// mistakes only a second request shows. respolicy::probe finds them (step 9).
response document(request const& req) {
  std::string const content = "respolicy knows what HTTP requires of every response.\n";
  std::string const etag = "\"doc-v1\"";
  std::string const modified = "Tue, 01 Dec 2026 10:00:00 GMT";
  auto field = [&](http::field f) {
    auto const v = req[f];
    return std::string_view(v.data(), v.size());
  };
  auto with_metadata = [&](response res) {
    res.set(http::field::cache_control, "max-age=60");
    res.set(http::field::etag, etag);
    res.set(http::field::last_modified, modified);
    return res;
  };
  if (req.method() == http::verb::options) {
    auto res = text(req, http::status::no_content, "");
    res.set(http::field::allow, "GET, HEAD, OPTIONS");
    return res;
  }
  if (req.method() != http::verb::get && req.method() != http::verb::head) {
    // Wrong: every other method gets 405, even one no server knows, which gets 501 (RFC 9110
    // §9.1).
    auto res = text(req, http::status::method_not_allowed, "GET, HEAD or OPTIONS\n");
    res.set(http::field::allow, "GET, HEAD, OPTIONS");
    return res;
  }
  if (!field(http::field::if_match).empty() && field(http::field::if_match) != etag)
    return text(req, http::status::precondition_failed, "the document has changed\n");
  if (field(http::field::if_none_match) == etag ||
      (field(http::field::if_none_match).empty() &&
       field(http::field::if_modified_since) == modified)) {
    // Wrong: the 304 drops the ETag the 200 carries, so a cache cannot update what it stored
    // (RFC 9110 §15.4.5).
    response res{http::status::not_modified, req.version()};
    res.set(http::field::date, now());
    res.set(http::field::cache_control, "max-age=60");
    res.keep_alive(req.keep_alive());
    return res;
  }
  auto const range = field(http::field::range);
  auto const if_range = field(http::field::if_range);
  if (range.starts_with("bytes=") && range.find(',') == range.npos &&
      (if_range.empty() || if_range == etag)) {
    auto const spec = range.substr(6);
    auto const dash = spec.find('-');
    std::uint64_t first = 0, last = content.size() - 1;
    bool const ok = dash != spec.npos && dash > 0 &&
                    std::from_chars(spec.data(), spec.data() + dash, first).ec == std::errc{} &&
                    (dash + 1 == spec.size() ||
                     std::from_chars(spec.data() + dash + 1, spec.data() + spec.size(), last).ec ==
                         std::errc{});
    if (ok && first >= content.size()) {
      auto res = text(req, http::status::range_not_satisfiable, "the range is past the end\n");
      res.set(http::field::content_range, "bytes */" + std::to_string(content.size()));
      return res;
    }
    if (ok && first <= last) {
      last = std::min<std::uint64_t>(last, content.size() - 1);
      // Wrong: the bytes start one too late (an index off by one); Content-Range says otherwise.
      auto res = with_metadata(
          text(req, http::status::partial_content, content.substr(first + 1, last - first + 1)));
      res.set(http::field::content_range, "bytes " + std::to_string(first) + "-" +
                                              std::to_string(last) + "/" +
                                              std::to_string(content.size()));
      res.prepare_payload();
      return res;
    }
  }
  auto res = with_metadata(text(req, http::status::ok, content));
  res.set(http::field::accept_ranges, "bytes");
  if (req.method() == http::verb::head) res.body().clear();  // Content-Length stays the GET's
  return res;
}

response handle(request const& req) {
  auto const target = std::string_view(req.target().data(), req.target().size());
  if (target == "/doc") return document(req);
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
  if (target == "/logout") {
    // Right: the connection ends with this answer (RFC 9112 §9.6), and the response says so.
    auto res = text(req, http::status::ok, "goodbye\n");
    res.keep_alive(false);
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

// How a session decides whether to read another request after a response. `from_response` is
// right: the response says whether the connection stays open. `from_request` is a slip many
// hand-written sessions make: a handler that answers `Connection: close` (a logout, an error that
// leaves the request's content unread) is ignored, and the session answers what follows on a
// connection it said it would close.
enum class read_on { from_response, from_request };

// One connection: Stream is the session's stream, a beast::tcp_stream or one wrapped in
// respolicy::beast::checked_stream, which checks the connection's exchanges on its bytes.
template <class Stream, class Handler>
class session : public std::enable_shared_from_this<session<Stream, Handler>> {
 public:
  template <class... StreamArgs>
  session(Handler const& handler, read_on how, StreamArgs&&... stream_args)
      : stream_(std::forward<StreamArgs>(stream_args)...), handler_(handler), read_on_(how) {}

  void run() { read(); }

 private:
  void read() {
    req_ = {};
    beast::get_lowest_layer(stream_).expires_after(10s);
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
    bool const keep_alive =
        read_on_ == read_on::from_response ? res.keep_alive() : req_.keep_alive();
    beast::async_write(
        stream_, http::message_generator{std::move(res)},
        [self = this->shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
          (ec ? traffic.writes_failed : traffic.responses_written)
              .fetch_add(1, std::memory_order_relaxed);
          if (ec) return;
          if (keep_alive) return self->read();
          beast::get_lowest_layer(self->stream_).socket().shutdown(tcp::socket::shutdown_send, ec);
        });
  }

  Stream stream_;
  beast::flat_buffer buffer_;
  request req_;
  Handler const& handler_;
  read_on read_on_;
};

// Starts `start(socket)` for every connection the acceptor takes, each on its own strand, so the
// server may run on several threads.
template <class Start>
void accept(tcp::acceptor& acceptor, Start start) {
  acceptor.async_accept(net::make_strand(acceptor.get_executor()),
                        [&acceptor, start](beast::error_code ec, tcp::socket socket) mutable {
                          if (ec) return;
                          start(std::move(socket));
                          accept(acceptor, std::move(start));
                        });
}

// Sessions on a plain beast::tcp_stream.
template <class Handler>
auto plain_sessions(Handler const& handler, read_on how = read_on::from_response) {
  return [&handler, how](tcp::socket socket) {
    std::make_shared<session<beast::tcp_stream, Handler>>(handler, how, std::move(socket))->run();
  };
}

// Sessions on a checked_stream around the tcp_stream: the same code, one type changed.
template <class Handler>
auto checked_sessions(Handler const& handler, respolicy::beast::guard_options options,
                      read_on how = read_on::from_response) {
  using stream = respolicy::beast::checked_stream<beast::tcp_stream>;
  return [&handler, options, how](tcp::socket socket) {
    std::make_shared<session<stream, Handler>>(handler, how, options, std::move(socket))->run();
  };
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

  // `who`: "guard" or "stream", padded to the width of "client".
  void add(respolicy::beast::guard_event const& e, std::string_view who = "guard") {
    std::lock_guard lock{mutex};
    std::string head = std::string(who) + ":" +
                       std::string(who.size() < 8 ? 8 - who.size() : 1, ' ') +
                       std::string(to_string(e.action));
    if (e.bytes_dropped != 0)
      head += ", " + std::to_string(e.bytes_dropped) + " content bytes dropped";
    if (e.action == respolicy::beast::guard_action::blocked)
      head += who == "guard" ? ": replaced by a 500" : ": the connection closed instead";
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

// Writes `raw` (requests, pipelined) on one connection and returns every byte received until
// the server closes it.
std::string exchange(net::io_context& ioc, tcp::endpoint server, std::string const& raw) {
  beast::tcp_stream stream{ioc};
  stream.expires_after(5s);
  stream.async_connect(server, net::use_future).get();
  net::async_write(stream, net::buffer(raw), net::use_future).get();
  std::string received;
  char chunk[4096];
  for (;;) {
    stream.expires_after(5s);
    try {
      received.append(chunk, stream.async_read_some(net::buffer(chunk), net::use_future).get());
    } catch (boost::system::system_error const& e) {
      if (e.code() == net::error::eof || e.code() == net::error::connection_reset) break;
      throw;
    }
  }
  return received;
}

// The responses in `raw`, read as a client reads them (respolicy's wire reader): one line each.
std::vector<std::string> responses(std::string_view raw) {
  std::vector<std::string> out;
  respolicy::wire_reader reader({.raw = true}, [&](respolicy::wire_message& m) {
    if (!m.parsed) return;
    std::string line = "HTTP/1.1 " + std::to_string(m.status) + " " + std::string(m.reason);
    for (auto const& f : m.fields)
      if (beast::iequals(f.name, "Connection"))
        line += "  (Connection: " + std::string(f.value) + ")";
    out.push_back(std::move(line));
  });
  reader.feed(raw);
  reader.finish();
  return out;
}

std::size_t responses_in(std::string_view raw) { return responses(raw).size(); }

void show_responses(std::string_view raw, std::string_view prefix) {
  bool closed = false;
  for (auto const& r : responses(raw)) {
    std::cout << prefix << r << (closed ? "   <- after Connection: close" : "") << "\n";
    closed |= r.find("(Connection: close)") != std::string::npos;
    prefix = "              ";
  }
  std::cout << prefix << "(the connection ends)\n";
}

}  // namespace

// `--serve guarded|unguarded [threads]`: serve the same handlers until SIGINT or SIGTERM, for a
// load generator (benchmarks/load/); prints the port first, and at exit what the server and the
// guard counted (scripts/load-asan.sh compares the two).
// `checked` serves the handlers unguarded, each session's stream wrapped in checked_stream: its
// cost against `unguarded` is the stream's alone.
int serve(std::string_view mode, int threads) {
  bool const guarded = mode == "guarded";
  auto const g = respolicy::beast::guard(handle);
  auto* const plain = &handle;
  net::io_context ioc{threads};
  tcp::acceptor acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  if (guarded)
    accept(acceptor, plain_sessions(g));
  else if (mode == "checked")
    accept(acceptor, checked_sessions(plain, respolicy::beast::guard_options{}));
  else
    accept(acceptor, plain_sessions(plain));
  net::signal_set signals{ioc, SIGINT, SIGTERM};
  signals.async_wait([&ioc](beast::error_code, int) { ioc.stop(); });
  std::cout << "listening on " << acceptor.local_endpoint() << " (" << mode << ")" << std::endl;
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
    return serve(argv[2], argc >= 4 ? std::atoi(argv[3]) : 1);
  event_log log;
  auto const guarded =
      rb::guard(handle, rb::guard_options{}
                            .mode(rb::guard_mode::repair)
                            .on_violation([&log](rb::guard_event const& e) { log.add(e); }));

  net::io_context ioc;
  tcp::acceptor acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  accept(acceptor, plain_sessions(guarded));
  // The same handlers without the guard, to show what Beast would send on its own.
  auto* const unguarded = &handle;
  tcp::acceptor plain_acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  accept(plain_acceptor, plain_sessions(unguarded));
  // The connection-level part: sessions that decide from the request whether to read on, with
  // and without checked_stream (in reject mode: it closes the connection rather than send a
  // message that breaks a rule of the exchange).
  tcp::acceptor slip_acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  accept(slip_acceptor, plain_sessions(guarded, read_on::from_request));
  tcp::acceptor checked_acceptor{ioc, {net::ip::make_address("127.0.0.1"), 0}};
  accept(checked_acceptor, checked_sessions(guarded,
                                            rb::guard_options{}
                                                .mode(rb::guard_mode::reject)
                                                .on_violation([&log](rb::guard_event const& e) {
                                                  log.add(e, "stream");
                                                }),
                                            read_on::from_request));
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

  // A fault no single response shows: a response after one that said Connection: close.
  std::cout << "\n"
            << ++n << ". GET /logout, then GET /hello, pipelined on one connection\n"
            << "   handler: /logout answers with Connection: close; the session decides from the\n"
               "            request whether to read on, so it answers GET /hello too\n"
               "   session: its tcp_stream wrapped in respolicy::beast::checked_stream (reject)\n";
  std::string const pipelined =
      "GET /logout HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
      "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  try {
    auto const checked = exchange(ioc, checked_acceptor.local_endpoint(), pipelined);
    auto const events = log.take();
    for (auto const& l : events) std::cout << "   " << l << "\n";
    show_responses(checked, "   client:  ");
    std::cout << "   with a plain tcp_stream (Beast alone) the client would have received:\n";
    auto const plain = exchange(ioc, slip_acceptor.local_endpoint(), pipelined);
    log.take();
    show_responses(plain, "              ");
    if (events.empty() || responses_in(checked) != 1) {
      std::cout << "   !! checked_stream let a response after Connection: close out\n";
      exit_code = EXIT_FAILURE;
    }
  } catch (std::exception const& e) {
    std::cout << "   client:  failed: " << e.what() << "\n";
    exit_code = EXIT_FAILURE;
  }

  // Faults between responses, which no single response shows: the probe asks a second time.
  std::cout << "\n"
            << ++n
            << ". respolicy::probe of GET /doc over TCP: conditional, range, HEAD, OPTIONS,\n"
               "   other methods, HTTP/1.0 and Expect: 100-continue, each answer compared with "
               "the 200\n"
               "   handler: a document with ETag, Last-Modified and ranges, answered by hand\n";
  {
    rb::tcp_transport transport{"127.0.0.1", std::to_string(endpoint.port())};
    respolicy::probe_options options;
    options.continue_wait = 300ms;
    auto const rep = respolicy::run_probe(
        transport, {.host = "127.0.0.1:" + std::to_string(endpoint.port()), .target = "/doc"},
        respolicy::policy::standard(), options);
    log.take();  // the guard judged each answer alone, as in the steps above
    for (auto const& r : rep.results) {
      auto const request_line = r.request.header.substr(0, r.request.header.find('\r'));
      std::string line = "   " + std::string(to_string(r.request.kind));
      line.resize(std::max<std::size_t>(line.size() + 1, 25), ' ');
      line += request_line;
      if (r.response) line += " -> " + std::to_string(r.response->status());
      if (!r.error.empty()) line += " -> failed: " + r.error;
      std::cout << line << (r.findings.empty() ? "\n" : ":\n");
      for (auto const& d : r.findings)
        std::cout << "      " << d.severity << " " << d.rule << ": " << printable(d.detail.view())
                  << " [" << d.citation << "]\n";
    }
    for (auto id : {"304-required-fields", "206-content-matches-200", "501-vs-405"})
      if (!rep.has(id)) {
        std::cout << "   !! the probe did not find " << id << "\n";
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
    slip_acceptor.close();
    checked_acceptor.close();
  });
  ioc.stop();
  server.join();
  return exit_code;
}
