//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy_tsan_guard: ONE respolicy::beast guard shared by an asynchronous Boost.Beast server
// whose io_context runs on several threads, driven by several client threads on 127.0.0.1 for a
// bounded time. Built with -fsanitize=thread by scripts/tsan.sh, which fails on any report.
//
// The handlers make the mistakes the guard exists for; each request of the mix has a known fate
// (passed, repaired, reported or blocked) and a known response on the wire. The clients check
// every response they read; at the end the program compares, exactly, what the clients sent, what
// the server read and wrote, what the guard counted and what its on_violation callback saw.
//
// Usage: respolicy_tsan_guard [seconds=10] [server-threads=4] [client-threads=4]
// Exit status 0 when every check holds; the last line says "result: ok" or "result: FAILED".

#include <respolicy/beast/guard.hpp>
#include <respolicy/grammar/http_date.hpp>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <string_view>
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

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

// ---------------------------------------------------------------------------------------------
// Failures, from any thread: the first few are printed, all are counted.

struct failures {
  std::mutex mutex;
  std::uint64_t count = 0;

  void add(std::string const& what) {
    std::lock_guard lock{mutex};
    if (++count <= 20) std::cerr << "FAIL: " << what << "\n";
  }
  std::uint64_t total() {
    std::lock_guard lock{mutex};
    return count;
  }
};
failures failed;

// ---------------------------------------------------------------------------------------------
// The application: handlers that take their request by reference, and ones that consume it.

std::string now() {
  // The Date an origin server with a clock sends (RFC 9110 §6.6.1).
  auto const t = respolicy::grammar::format_http_date(
      std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
  return std::string(t.data(), t.size());
}

response text(unsigned version, bool keep_alive, http::status status, std::string body) {
  response res{status, version, std::move(body)};
  res.set(http::field::date, now());
  res.set(http::field::content_type, "text/plain");
  res.keep_alive(keep_alive);
  res.prepare_payload();
  return res;
}

// A body on a 204 (RFC 9110 §15.3.5): the guard's repair drops it.
response no_content_with_body(unsigned version, bool keep_alive) {
  response res{http::status::no_content, version};
  res.set(http::field::date, now());
  res.body() = "deleted\n";
  res.content_length(res.body().size());
  res.keep_alive(keep_alive);
  return res;
}

response app(request const& req) {
  auto const target = std::string_view(req.target().data(), req.target().size());
  auto const v = req.version();
  bool const ka = req.keep_alive();
  if (target == "/hello" && req.method() == http::verb::get)
    return text(v, ka, http::status::ok, "hello\n");
  if (target == "/hello" && req.method() == http::verb::head)
    return text(v, ka, http::status::ok, "hello\n");  // content on HEAD (RFC 9110 §9.3.2)
  if (target == "/hello")                             // 405 without Allow (RFC 9110 §15.5.6)
    return text(v, ka, http::status::method_not_allowed, "only GET here\n");
  if (target.starts_with("/items/") && req.method() == http::verb::delete_)
    return no_content_with_body(v, ka);
  if (target == "/status")  // 503 without Retry-After (RFC 9110 §15.6.4)
    return text(v, ka, http::status::service_unavailable, "down for maintenance\n");
  if (target.starts_with("/greet?name=")) {
    // The query copied into a header value, "%0D%0A" decoded to CR LF: response splitting
    // (RFC 9110 §5.5, RFC 9112 §11.1), which the guard blocks.
    std::string name(target.substr(12));
    for (std::size_t at; (at = name.find("%0D%0A")) != std::string::npos;)
      name.replace(at, 6, "\r\n");
    for (std::size_t at; (at = name.find("%20")) != std::string::npos;) name.replace(at, 3, " ");
    auto res = text(v, ka, http::status::ok, "greetings\n");
    res.set("X-Greeting", "Hello, " + name);
    return res;
  }
  return text(v, ka, http::status::not_found, "no such page\n");
}

// Consumes its request (takes the body): the guard works from its request_snapshot.
response consume(request&& req) {
  std::string const body = std::move(req.body());
  auto const target = std::string_view(req.target().data(), req.target().size());
  if (target == "/consume/204") return no_content_with_body(req.version(), req.keep_alive());
  return text(req.version(), req.keep_alive(), http::status::ok,
              "consumed " + std::to_string(body.size()) + " bytes\n");
}

using plain_handler = rb::guarded_handler<response (*)(request const&)>;
using consuming_handler = rb::guarded_handler<response (*)(request&&)>;

// ---------------------------------------------------------------------------------------------
// The server: Beast's asynchronous server; each connection on its own strand, the io_context on
// several threads, every session holding copies of the two handlers, which share one guard.

struct server_counts {
  std::atomic<std::uint64_t> connections{0};
  std::atomic<std::uint64_t> requests_read{0};
  std::atomic<std::uint64_t> responses_written{0};
  std::atomic<std::uint64_t> writes_failed{0};
};

class session : public std::enable_shared_from_this<session> {
 public:
  session(tcp::socket socket, plain_handler plain, consuming_handler consuming,
          server_counts& counts)
      : stream_(std::move(socket)),
        plain_(std::move(plain)),
        consuming_(std::move(consuming)),
        counts_(counts) {}

  void read() {
    req_ = {};
    stream_.expires_after(10s);
    http::async_read(stream_, buffer_, req_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (ec) return;  // the client closed the connection, or timed out
                       self->counts_.requests_read.fetch_add(1, std::memory_order_relaxed);
                       self->respond();
                     });
  }

 private:
  void respond() {
    response res =
        req_.target().starts_with("/consume") ? consuming_(std::move(req_)) : plain_(req_);
    bool const keep_alive = res.keep_alive();
    auto msg = std::make_shared<response>(std::move(res));
    http::async_write(
        stream_, *msg,
        [self = shared_from_this(), msg, keep_alive](beast::error_code ec, std::size_t) {
          (ec ? self->counts_.writes_failed : self->counts_.responses_written)
              .fetch_add(1, std::memory_order_relaxed);
          if (ec) return;
          if (keep_alive) return self->read();
          self->stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        });
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  request req_;
  plain_handler plain_;
  consuming_handler consuming_;
  server_counts& counts_;
};

class server {
 public:
  server(net::io_context& ioc, plain_handler plain, consuming_handler consuming)
      : acceptor_(ioc, {net::ip::make_address("127.0.0.1"), 0}),
        plain_(std::move(plain)),
        consuming_(std::move(consuming)) {}

  tcp::endpoint endpoint() const { return acceptor_.local_endpoint(); }
  server_counts& counts() { return counts_; }

  void accept() {
    acceptor_.async_accept(net::make_strand(acceptor_.get_executor()), [this](beast::error_code ec,
                                                                              tcp::socket socket) {
      if (ec) return;  // closed: the run is over
      counts_.connections.fetch_add(1, std::memory_order_relaxed);
      std::make_shared<session>(std::move(socket), plain_, consuming_, counts_)->read();
      accept();
    });
  }

  // Called on the acceptor's executor: no new connections; the live ones end when their clients
  // close them, and then io_context::run returns.
  void close() { acceptor_.close(); }

 private:
  tcp::acceptor acceptor_;
  plain_handler plain_;
  consuming_handler consuming_;
  server_counts counts_;
};

// ---------------------------------------------------------------------------------------------
// What on_violation saw, from every server thread at once.

struct violation_log {
  std::array<std::atomic<std::uint64_t>, 5> by_action{};  // indexed by guard_action

  void add(rb::guard_event const& e) {
    by_action[static_cast<std::size_t>(e.action)].fetch_add(1, std::memory_order_relaxed);
    // The event's views are valid during the call: read them all, and check what they say.
    bool injection = false, empty_204 = false;
    for (auto const& d : e.report) {
      injection |= d.rule == std::string_view("field-value-no-cr-lf-nul");
      empty_204 |= d.rule == std::string_view("no-content-204") && d.repaired;
    }
    if (e.action == rb::guard_action::blocked &&
        (!injection || e.status != 200 || !e.target.starts_with("/greet?name=")))
      failed.add("on_violation: a blocked event without the injection: " + std::string(e.target));
    if (e.status == 204 && (e.action != rb::guard_action::repaired || !empty_204))
      failed.add("on_violation: a 204 not repaired by dropping its content");
  }
  std::uint64_t operator[](rb::guard_action a) const {
    return by_action[static_cast<std::size_t>(a)].load(std::memory_order_relaxed);
  }
};

// ---------------------------------------------------------------------------------------------
// The requests of the mix, what the guard does with each, and what the client must receive.

enum class fate : std::uint8_t { passed, repaired, reported, blocked };

struct exchange {
  http::verb method;
  char const* target;
  char const* body;
  fate expected;
  unsigned status;
  char const* content;  // the content the client must receive; null: not checked
};

constexpr exchange mix[] = {
    {http::verb::get, "/hello", "", fate::passed, 200, "hello\n"},
    {http::verb::get, "/greet?name=Bob", "", fate::passed, 200, "greetings\n"},
    {http::verb::get, "/missing", "", fate::passed, 404, "no such page\n"},
    {http::verb::post, "/consume", "twelve bytes", fate::passed, 200, "consumed 12 bytes\n"},
    {http::verb::delete_, "/items/7", "", fate::repaired, 204, ""},
    {http::verb::head, "/hello", "", fate::repaired, 200, ""},
    {http::verb::post, "/consume/204", "x", fate::repaired, 204, ""},
    {http::verb::post, "/hello", "", fate::reported, 405, "only GET here\n"},
    {http::verb::get, "/status", "", fate::reported, 503, "down for maintenance\n"},
    {http::verb::get, "/greet?name=Bob%0D%0ASet-Cookie:%20session=stolen", "", fate::blocked, 500,
     nullptr},
};
constexpr std::size_t mix_size = std::size(mix);

// Checks one response of the mix; returns what is wrong, or nothing.
std::string check(exchange const& x, response const& res, bool keep_alive) {
  if (res.result_int() != x.status)
    return "status " + std::to_string(res.result_int()) + ", expected " + std::to_string(x.status);
  if (res.version() != 11) return "not HTTP/1.1";
  if (res.keep_alive() != keep_alive) return "keep-alive differs from the request's";
  if (x.content && res.body() != x.content) return "content \"" + res.body() + "\"";
  if (res.count(http::field::set_cookie) != 0) return "an injected Set-Cookie reached the client";
  if (x.status == 204 && res.count(http::field::content_length) != 0)
    return "Content-Length on a 204";
  if (x.expected == fate::blocked) {
    if (res.count("X-Greeting") != 0) return "the blocked response kept its X-Greeting";
    if (res[http::field::content_type] != "application/problem+json")
      return "the 500 is not a problem document";
    if (res.body().find("\"status\":500") == std::string::npos) return "problem without status";
  }
  if (std::string_view(x.target) == "/greet?name=Bob" && res["X-Greeting"] != "Hello, Bob")
    return "X-Greeting lost";
  return {};
}

// ---------------------------------------------------------------------------------------------
// A client thread: its own io_context (run here, one operation at a time, so every step has a
// deadline and nothing of the client is shared), keep-alive connections of 1 to 16 requests.

struct client_counts {
  std::uint64_t connections = 0;
  std::uint64_t requests = 0;  // sent and answered with a checked response
  std::uint64_t mismatches = 0;
  std::array<std::uint64_t, 4> by_fate{};
};

class client {
 public:
  client(tcp::endpoint server, unsigned seed) : server_(server), rng_(seed) {}

  client_counts run(std::chrono::steady_clock::time_point until) {
    while (std::chrono::steady_clock::now() < until) {
      try {
        connection(until);
      } catch (std::exception const& e) {
        failed.add(std::string("client: ") + e.what());
        ++counts_.mismatches;
        return counts_;
      }
    }
    return counts_;
  }

 private:
  template <class Start>
  void wait(Start start) {
    beast::error_code result = net::error::would_block;
    start([&result](beast::error_code ec, auto&&...) { result = ec; });
    ioc_.restart();
    ioc_.run();
    if (result) throw beast::system_error(result);
  }

  void connection(std::chrono::steady_clock::time_point until) {
    beast::tcp_stream stream{ioc_};
    beast::flat_buffer buffer;
    stream.expires_after(5s);
    wait([&](auto h) { stream.async_connect(server_, h); });
    ++counts_.connections;
    auto const n = std::uniform_int_distribution<int>(1, 16)(rng_);
    // Every other connection ends with "Connection: close", and the server closes it; the others
    // are closed here, as a client that leaves an idle connection does.
    bool const server_closes = counts_.connections % 2 == 0;
    for (int i = 0; i < n && std::chrono::steady_clock::now() < until; ++i) {
      bool const last = i + 1 == n;
      auto const& x = mix[std::uniform_int_distribution<std::size_t>(0, mix_size - 1)(rng_)];
      request req{x.method, x.target, 11};
      req.set(http::field::host, "127.0.0.1");
      req.body() = x.body;
      req.keep_alive(!(last && server_closes));
      req.prepare_payload();
      stream.expires_after(5s);
      wait([&](auto h) { http::async_write(stream, req, h); });
      http::response_parser<http::string_body> parser;
      parser.body_limit(1 << 16);
      parser.skip(x.method == http::verb::head);  // RFC 9112 §6.3: no content follows
      stream.expires_after(5s);
      wait([&](auto h) { http::async_read(stream, buffer, parser, h); });
      ++counts_.requests;
      ++counts_.by_fate[static_cast<std::size_t>(x.expected)];
      if (auto const wrong = check(x, parser.get(), req.keep_alive()); !wrong.empty()) {
        ++counts_.mismatches;
        failed.add(std::string(http::to_string(x.method)) + " " + x.target + ": " + wrong);
      }
      if (!req.keep_alive()) {
        // The server closes after its response: the next read ends at EOF, with nothing left
        // over (a body after a 204 would show up here).
        char byte;
        beast::error_code ec;
        stream.expires_after(5s);
        std::size_t got = 0;
        stream.async_read_some(net::buffer(&byte, 1), [&](beast::error_code e, std::size_t k) {
          ec = e;
          got = k;
        });
        ioc_.restart();
        ioc_.run();
        if (ec != net::error::eof || got != 0 || buffer.size() != 0) {
          ++counts_.mismatches;
          failed.add("the server did not close cleanly after Connection: close");
        }
        return;
      }
    }
    if (buffer.size() != 0) {
      ++counts_.mismatches;
      failed.add("bytes left over after the last response of a connection");
    }
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream.socket().close(ec);
  }

  tcp::endpoint server_;
  std::mt19937 rng_;
  net::io_context ioc_{1};
  client_counts counts_;
};

int positive(char const* arg, int fallback) {
  int const n = arg ? std::atoi(arg) : fallback;
  return n > 0 ? n : fallback;
}

void expect(bool ok, std::string const& what) {
  if (!ok) failed.add(what);
}

}  // namespace

int main(int argc, char** argv) {
  int const seconds = positive(argc > 1 ? argv[1] : nullptr, 10);
  int const server_threads = positive(argc > 2 ? argv[2] : nullptr, 4);
  int const client_threads = positive(argc > 3 ? argv[3] : nullptr, 4);
  std::cout << "respolicy_tsan_guard: " << server_threads << " server threads, " << client_threads
            << " client threads, " << seconds << " s" << std::endl;

  // ONE guard: both handler types, and every session's copies of them, share its options,
  // policies, callback and counters.
  violation_log violations;
  rb::response_guard const shared{
      rb::guard_options{}
          .mode(rb::guard_mode::repair)
          .route("/consume", respolicy::policy::standard())
          .on_violation([&violations](rb::guard_event const& e) { violations.add(e); })};

  net::io_context ioc{server_threads};
  server srv{ioc, plain_handler{&app, shared}, consuming_handler{&consume, shared}};
  srv.accept();
  std::vector<std::thread> pool;
  for (int i = 0; i < server_threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });

  auto const started = std::chrono::steady_clock::now();
  auto const until = started + std::chrono::seconds(seconds);
  std::vector<client_counts> results(static_cast<std::size_t>(client_threads));
  std::vector<std::thread> clients;
  for (int i = 0; i < client_threads; ++i)
    clients.emplace_back([&, i] {
      client c{srv.endpoint(), 1000u + static_cast<unsigned>(i)};
      results[static_cast<std::size_t>(i)] = c.run(until);
    });
  for (auto& t : clients) t.join();

  // Every client closed its connections; with the acceptor closed, the sessions finish their
  // last read (EOF) and run() returns on its own, after every count is final.
  net::post(ioc, [&srv] { srv.close(); });
  std::atomic<bool> drained{false};
  std::thread watchdog{[&] {
    for (int i = 0; i < 300 && !drained.load(); ++i) std::this_thread::sleep_for(100ms);
    if (!drained.load()) {
      failed.add("the server did not drain within 30 s after the clients finished");
      ioc.stop();
    }
  }};
  for (auto& t : pool) t.join();
  drained = true;
  watchdog.join();
  auto const elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);

  client_counts total;
  for (auto const& r : results) {
    total.connections += r.connections;
    total.requests += r.requests;
    total.mismatches += r.mismatches;
    for (std::size_t f = 0; f < total.by_fate.size(); ++f) total.by_fate[f] += r.by_fate[f];
  }
  auto const& sc = srv.counts();
  auto const st = shared.stats();
  auto const fate_count = [&](fate f) { return total.by_fate[static_cast<std::size_t>(f)]; };

  std::cout << "clients: " << total.requests << " requests answered and checked, "
            << total.connections << " connections, " << total.mismatches << " mismatches, "
            << static_cast<double>(total.requests) / elapsed.count() << " requests/s\n"
            << "  sent by fate: " << fate_count(fate::passed) << " passed, "
            << fate_count(fate::repaired) << " repaired, " << fate_count(fate::reported)
            << " reported, " << fate_count(fate::blocked) << " blocked\n"
            << "server: " << sc.connections << " connections, " << sc.requests_read
            << " requests read, " << sc.responses_written << " responses written, "
            << sc.writes_failed << " writes failed\n"
            << "guard: " << st.checked << " checked, " << st.repaired << " repaired, " << st.blocked
            << " blocked, " << st.reported << " reported, " << st.thrown << " thrown\n"
            << "on_violation: " << violations[rb::guard_action::repaired] << " repaired, "
            << violations[rb::guard_action::blocked] << " blocked, "
            << violations[rb::guard_action::reported] << " reported, "
            << violations[rb::guard_action::passed] << " passed, "
            << violations[rb::guard_action::thrown] << " thrown\n";

  // The exact accounting: every request a client sent was read once, checked by the guard once,
  // and answered once; each fate as often as the clients asked for it.
  expect(total.requests > 0, "no request was answered");
  for (auto f : {fate::passed, fate::repaired, fate::reported, fate::blocked})
    expect(fate_count(f) > 0, "a fate of the mix was never exercised");
  expect(sc.connections == total.connections, "server and clients count different connections");
  expect(sc.requests_read == total.requests, "requests read != requests the clients sent");
  expect(sc.responses_written == total.requests, "responses written != requests sent");
  expect(sc.writes_failed == 0, "a write failed");
  expect(st.checked == total.requests, "guard checked != requests sent");
  expect(st.repaired == fate_count(fate::repaired), "guard repaired != repaired requests sent");
  expect(st.blocked == fate_count(fate::blocked), "guard blocked != blocked requests sent");
  expect(st.reported == fate_count(fate::reported), "guard reported != reported requests sent");
  expect(st.thrown == 0, "guard threw in repair mode");
  expect(violations[rb::guard_action::repaired] == st.repaired &&
             violations[rb::guard_action::blocked] == st.blocked &&
             violations[rb::guard_action::reported] == st.reported &&
             violations[rb::guard_action::passed] == 0 && violations[rb::guard_action::thrown] == 0,
         "on_violation calls differ from the guard's counts");

  auto const n = failed.total();
  std::cout << "result: " << (n == 0 ? "ok" : "FAILED (" + std::to_string(n) + " failures)")
            << std::endl;
  return n == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
