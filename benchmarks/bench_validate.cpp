//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// bench_validate: what validate() costs next to what a Beast server already spends on the same
// response, building it and serializing it. Each BM_validate_* names its Beast baseline, and the
// run ends with the ratios.

#include "beast_handlers.hpp"
#include "responses.hpp"

#include <respolicy/respolicy.hpp>

#include <benchmark/benchmark.h>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <string>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;

namespace {

using respolicy::field_view;

using respolicy::bench::body_512;

// The typical 200: Date, Server, Content-Type, Content-Length, ETag, Cache-Control, Vary and one
// custom field, with a 512-byte body.
auto const& typical_fields = respolicy::bench::typical_200_fields;

// A field as a handler writes it: a known field by its enum, any other by name.
struct handler_field {
  http::field known;
  std::string_view name;
  std::string_view value;
};

std::vector<handler_field> as_handler_fields(std::vector<field_view> const& fields) {
  std::vector<handler_field> out;
  for (auto const& f : fields)
    if (!beast::iequals(f.name, "Content-Length"))  // prepare_payload() sets it
      out.push_back({http::string_to_field(f.name), f.name, f.value});
  return out;
}

// Builds the response with Beast as a handler does (fields, the body, then prepare_payload() for
// Content-Length) and serializes it into `out`, as a server does before writing.
void beast_build_and_serialize(std::string& out, unsigned status,
                               std::vector<handler_field> const& fields, std::string const& body) {
  http::response<http::string_body> res{static_cast<http::status>(status), 11};
  for (auto const& f : fields) {
    if (f.known != http::field::unknown)
      res.set(f.known, f.value);
    else
      res.set(f.name, f.value);
  }
  res.body() = body;
  // prepare_payload() refuses content on 1xx, 204 and 304 (it throws), so a handler that gets
  // those wrong sets the length itself, as the ten-violations case does.
  if (!body.empty() && respolicy::content_allowed(static_cast<int>(status)))
    res.prepare_payload();
  else if (!body.empty())
    res.content_length(body.size());
  respolicy::bench::serialize(res, out);
  benchmark::DoNotOptimize(out.data());
}

struct scenario {
  unsigned status;
  char const* reason;
  std::vector<field_view> fields;
  std::uint64_t body_size;
  char const* method;
};

scenario const typical{
    200, "OK", {std::begin(typical_fields), std::end(typical_fields)}, 512, "GET"};
template <std::size_t N>
std::vector<field_view> lines(field_view const (&fields)[N]) {
  return {std::begin(fields), std::end(fields)};
}

scenario const no_content{204, "No Content", lines(respolicy::bench::no_content_fields), 0,
                          "DELETE"};
scenario const not_modified{304, "Not Modified", lines(respolicy::bench::not_modified_fields), 0,
                            "GET"};
scenario const not_allowed{405, "Method Not Allowed", lines(respolicy::bench::not_allowed_fields),
                           18, "DELETE"};
scenario const unsatisfiable{416, "Range Not Satisfiable",
                             lines(respolicy::bench::unsatisfiable_fields), 21, "GET"};
scenario const unavailable{503, "Service Unavailable", lines(respolicy::bench::unavailable_fields),
                           19, "GET"};
// Ten violations: 204 with content and Content-Length, a duplicated Date, CR LF in a value, a
// control character, an empty list element, Warning, Content-MD5, untrimmed and obs-text values.
scenario const ten_violations{204,
                              "Nothing",
                              {std::begin(respolicy::bench::ten_violations_fields),
                               std::end(respolicy::bench::ten_violations_fields)},
                              3,
                              "GET"};

void run_validate(benchmark::State& state, scenario const& s, char const* baseline) {
  respolicy::request_context const req{s.method, 11};
  respolicy::response_view const res{static_cast<int>(s.status), s.reason, 11, s.fields,
                                     s.body_size};
  std::size_t diagnostics = 0;
  for (auto _ : state) {
    auto rep = respolicy::validate(res, &req);
    diagnostics = rep.size();
    benchmark::DoNotOptimize(rep);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["diagnostics"] = static_cast<double>(diagnostics);
  state.SetLabel(std::string("baseline=") + baseline);
}

void run_beast(benchmark::State& state, scenario const& s) {
  std::string out;
  out.reserve(2048);
  std::string const body(s.body_size, 'x');
  auto const fields = as_handler_fields(s.fields);
  for (auto _ : state) beast_build_and_serialize(out, s.status, fields, body);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * out.size()));
}

void BM_beast_serialize_typical_200(benchmark::State& state) { run_beast(state, typical); }
void BM_validate_typical_200(benchmark::State& state) {
  run_validate(state, typical, "BM_beast_serialize_typical_200");
}
void BM_beast_serialize_204(benchmark::State& state) { run_beast(state, no_content); }
void BM_validate_204(benchmark::State& state) {
  run_validate(state, no_content, "BM_beast_serialize_204");
}
void BM_beast_serialize_304(benchmark::State& state) { run_beast(state, not_modified); }
void BM_validate_304(benchmark::State& state) {
  run_validate(state, not_modified, "BM_beast_serialize_304");
}
void BM_beast_serialize_405(benchmark::State& state) { run_beast(state, not_allowed); }
void BM_validate_405(benchmark::State& state) {
  run_validate(state, not_allowed, "BM_beast_serialize_405");
}
void BM_beast_serialize_416(benchmark::State& state) { run_beast(state, unsatisfiable); }
void BM_validate_416(benchmark::State& state) {
  run_validate(state, unsatisfiable, "BM_beast_serialize_416");
}
void BM_beast_serialize_503(benchmark::State& state) { run_beast(state, unavailable); }
void BM_validate_503(benchmark::State& state) {
  run_validate(state, unavailable, "BM_beast_serialize_503");
}
void BM_beast_serialize_10_violations(benchmark::State& state) { run_beast(state, ten_violations); }
void BM_validate_10_violations(benchmark::State& state) {
  run_validate(state, ten_violations, "BM_beast_serialize_10_violations");
}

}  // namespace

BENCHMARK(BM_beast_serialize_typical_200);
BENCHMARK(BM_validate_typical_200);
BENCHMARK(BM_beast_serialize_204);
BENCHMARK(BM_validate_204);
BENCHMARK(BM_beast_serialize_304);
BENCHMARK(BM_validate_304);
BENCHMARK(BM_beast_serialize_405);
BENCHMARK(BM_validate_405);
BENCHMARK(BM_beast_serialize_416);
BENCHMARK(BM_validate_416);
BENCHMARK(BM_beast_serialize_503);
BENCHMARK(BM_validate_503);
BENCHMARK(BM_beast_serialize_10_violations);
BENCHMARK(BM_validate_10_violations);
