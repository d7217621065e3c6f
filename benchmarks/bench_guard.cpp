//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// bench_guard: a handler call through respolicy::beast::guard next to the same call without it,
// and one HTTP/1.1 exchange through respolicy::beast::checked_stream next to the same exchange on
// the plain stream; and an in-process probe of one target next to the handler's own work per
// request.
// Each call builds the response as a handler does and serializes it as the server would, so the
// ratio is what the guard adds to the work a Beast server does per response anyway. The generator
// cases do the same through http::message_generator, as Beast's example servers write responses.

#include "beast_handlers.hpp"
#include "responses.hpp"

#include <respolicy/beast/checked_stream.hpp>
#include <respolicy/beast/guard.hpp>
#include <respolicy/beast/probe.hpp>

#include <benchmark/benchmark.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/_experimental/test/stream.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <string>

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace rb = respolicy::beast;

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

using respolicy::bench::make_request;
using respolicy::bench::no_content_with_body;
using respolicy::bench::typical;

void serialize(response& res, std::string& out) {
  respolicy::bench::serialize(res, out);
  benchmark::DoNotOptimize(out.data());
}

// As a session writing an http::message_generator does (beast::write / async_write).
void serialize(http::message_generator& msg, std::string& out) {
  out.clear();
  beast::error_code ec;
  while (!ec && !msg.is_done()) {
    auto const buffers = msg.prepare(ec);
    for (auto const b : buffers) out.append(static_cast<char const*>(b.data()), b.size());
    msg.consume(beast::buffer_bytes(buffers));
  }
  benchmark::DoNotOptimize(out.data());
}

// Beast's example-server shape: the handler makes the message_generator itself.
http::message_generator typical_generator(request const& req) { return typical(req); }

// The same handler written for the guard: only the return type differs.
rb::any_response typical_any(request const& req) { return typical(req); }

template <class Handler>
void run(benchmark::State& state, Handler const& handler, char const* baseline) {
  auto const req = make_request();
  std::string out;
  out.reserve(2048);
  for (auto _ : state) {
    auto res = handler(req);
    serialize(res, out);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  if (baseline) state.SetLabel(std::string("baseline=") + baseline);
}

void BM_guard_unguarded_typical(benchmark::State& state) { run(state, typical, nullptr); }

void BM_guard_repair_typical(benchmark::State& state) {
  auto const h = rb::guard(typical, rb::guard_options{}.mode(rb::guard_mode::repair));
  run(state, h, "BM_guard_unguarded_typical");
}

void BM_guard_report_typical(benchmark::State& state) {
  auto const h = rb::guard(typical, rb::guard_options{}.mode(rb::guard_mode::report));
  run(state, h, "BM_guard_unguarded_typical");
}

void BM_guard_unguarded_204_body(benchmark::State& state) {
  run(state, no_content_with_body, nullptr);
}

void BM_guard_repair_204_body(benchmark::State& state) {
  auto const h = rb::guard(no_content_with_body, rb::guard_options{}.mode(rb::guard_mode::repair));
  run(state, h, "BM_guard_unguarded_204_body");
}

// The guard's two parts on a prebuilt clean response, without handler and serialization: the
// whole check (views, hazard scans, validate(), counters) and validate() alone.
void BM_guard_apply_only_typical(benchmark::State& state) {
  auto const req = make_request();
  auto res = typical(req);
  rb::response_guard const g{rb::guard_options{}.mode(rb::guard_mode::repair)};
  for (auto _ : state) benchmark::DoNotOptimize(g.apply(res, req));
}

void BM_guard_validate_only_typical(benchmark::State& state) {
  auto const req = make_request();
  auto const res = typical(req);
  rb::request_view const r{req};
  rb::message_view const v{res};
  for (auto _ : state) {
    auto rep = respolicy::validate(v.view(), &r.context());
    benchmark::DoNotOptimize(rep);
  }
}

void BM_guard_unguarded_generator(benchmark::State& state) {
  run(state, typical_generator, nullptr);
}

// The handler returns rb::any_response; the guarded call returns the message_generator.
void BM_guard_repair_any_response(benchmark::State& state) {
  auto const h = rb::guard(typical_any, rb::guard_options{}.mode(rb::guard_mode::repair));
  run(state, h, "BM_guard_unguarded_generator");
}

// The handler returns the http::response; as_generator() makes the generator after the check.
void BM_guard_repair_as_generator(benchmark::State& state) {
  auto const h =
      rb::as_generator(rb::guard(typical, rb::guard_options{}.mode(rb::guard_mode::repair)));
  run(state, h, "BM_guard_unguarded_generator");
}

// One exchange on a keep-alive connection, as a synchronous Beast session serves it: the client's
// request arrives, the server reads it, the handler builds the typical 200, the server writes it,
// and the client takes the bytes. Both ends are Beast's in-memory test streams, so no system call
// hides what the stream costs: this is the largest share checked_stream can take of a request.
std::string const request_bytes =
    "GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: bench/1.0\r\n"
    "Accept: text/html\r\nAccept-Encoding: gzip\r\n\r\n";

template <class ServerStream>
void exchange(benchmark::State& state, ServerStream& server, beast::test::stream& client,
              char const* baseline) {
  beast::flat_buffer buffer;
  for (auto _ : state) {
    boost::asio::write(client, boost::asio::buffer(request_bytes));
    request req;
    http::read(server, buffer, req);
    auto res = typical(req);
    http::write(server, res);
    benchmark::DoNotOptimize(client.str().data());
    client.clear();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  if (baseline) state.SetLabel(std::string("baseline=") + baseline);
}

void BM_stream_plain_exchange(benchmark::State& state) {
  boost::asio::io_context ioc;
  beast::test::stream server(ioc), client(ioc);
  client.connect(server);
  exchange(state, server, client, nullptr);
}

void BM_stream_checked_exchange(benchmark::State& state) {
  boost::asio::io_context ioc;
  rb::checked_stream<beast::test::stream> server(rb::guard_options{}, ioc);
  beast::test::stream client(ioc);
  client.connect(server.next_layer());
  exchange(state, server, client, "BM_stream_plain_exchange");
  if (!server.findings().empty()) state.SkipWithError("the clean exchange broke a rule");
}

// A document as a handler serves it, right in every way the probe asks about: the typical 200
// with validators, 304 and 412 to its preconditions, 405 with Allow to the methods it knows and
// does not allow, 501 to others, Allow to OPTIONS.
response document(request const& req) {
  auto with = [&](http::status s, std::string body) {
    response res{s, req.version(), std::move(body)};
    res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
    res.set(http::field::cache_control, "max-age=60");
    res.keep_alive(req.keep_alive());
    if (!res.body().empty()) res.set(http::field::content_type, "text/plain");
    res.prepare_payload();
    return res;
  };
  auto const method = req.method();
  if (method == http::verb::options) {
    response res{http::status::no_content, req.version()};
    res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
    res.set(http::field::allow, "GET, HEAD, OPTIONS");
    return res;
  }
  if (method == http::verb::unknown) return with(http::status::not_implemented, "unknown\n");
  if (method != http::verb::get && method != http::verb::head) {
    auto res = with(http::status::method_not_allowed, "GET, HEAD or OPTIONS\n");
    res.set(http::field::allow, "GET, HEAD, OPTIONS");
    return res;
  }
  auto const if_match = req[http::field::if_match];
  if (!if_match.empty() && if_match != "\"v1\"")
    return with(http::status::precondition_failed, "changed\n");
  if (req[http::field::if_none_match] == "\"v1\"") {
    response res{http::status::not_modified, req.version()};
    res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
    res.set(http::field::cache_control, "max-age=60");
    res.set(http::field::etag, "\"v1\"");
    return res;
  }
  auto res = with(http::status::ok, respolicy::bench::body_512);
  res.set(http::field::etag, "\"v1\"");
  if (method == http::verb::head) res.body().clear();  // Content-Length stays the GET's
  return res;
}

// The baseline: the handler's own work for one request, the response serialized as a server
// writes it.
void BM_probe_handler_alone(benchmark::State& state) {
  request req{http::verb::get, "/doc", 11};
  req.set(http::field::host, "example.com");
  std::string wire;
  for (auto _ : state) {
    auto res = document(req);
    http::response_serializer<http::string_body> sr{res};
    beast::error_code ec;
    wire.clear();
    do {
      sr.next(ec, [&](beast::error_code&, auto const& buffers) {
        for (auto b : beast::buffers_range_ref(buffers))
          wire.append(static_cast<char const*>(b.data()), b.size());
        sr.consume(beast::buffer_bytes(buffers));
      });
    } while (!ec && !sr.is_done());
    benchmark::DoNotOptimize(wire.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// One whole in-process probe of /doc: every request parsed by Beast, answered by the handler,
// serialized, read back through the wire reader and judged. Items are probes (requests), so
// items_per_second compares with the baseline's requests per second.
void BM_probe_in_process(benchmark::State& state) {
  std::size_t probes = 0;
  for (auto _ : state) {
    auto rep = rb::probe_handler(document, {.host = "example.com", .target = "/doc"});
    probes += rep.results.size();
    if (!rep.ok()) state.SkipWithError("the document handler broke a rule");
    benchmark::DoNotOptimize(rep.results.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(probes));
  state.SetLabel("baseline=BM_probe_handler_alone");
}

}  // namespace

BENCHMARK(BM_guard_unguarded_typical);
BENCHMARK(BM_guard_repair_typical);
BENCHMARK(BM_guard_report_typical);
BENCHMARK(BM_guard_unguarded_204_body);
BENCHMARK(BM_guard_repair_204_body);
BENCHMARK(BM_guard_apply_only_typical);
BENCHMARK(BM_guard_validate_only_typical);
BENCHMARK(BM_guard_unguarded_generator);
BENCHMARK(BM_guard_repair_any_response);
BENCHMARK(BM_guard_repair_as_generator);
BENCHMARK(BM_stream_plain_exchange);
BENCHMARK(BM_stream_checked_exchange);
BENCHMARK(BM_probe_handler_alone);
BENCHMARK(BM_probe_in_process);
