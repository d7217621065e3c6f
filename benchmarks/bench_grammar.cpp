//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// bench_grammar: what each field-value parser of respolicy::grammar costs per parsed value, for a
// typical value and a worst case (the longest or slowest input a server plausibly sends, or an
// error found only at the end). One iteration parses one value; the time per iteration is the
// cost per value. Values are passed through DoNotOptimize so the parse cannot be hoisted.

#include <respolicy/grammar/accept_ranges.hpp>
#include <respolicy/grammar/allow.hpp>
#include <respolicy/grammar/cache_control.hpp>
#include <respolicy/grammar/content_range.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/grammar/entity_tag.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/grammar/retry_after.hpp>
#include <respolicy/grammar/vary.hpp>

#include <benchmark/benchmark.h>

#include <chrono>
#include <string>
#include <string_view>

namespace g = respolicy::grammar;

namespace {

// Parses `input` once per iteration with `parse` and keeps the result alive.
template <class Parse>
void run(benchmark::State& state, std::string const& input, Parse parse) {
  std::string_view v = input;
  for (auto _ : state) {
    benchmark::DoNotOptimize(v);
    auto r = parse(v);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * input.size()));
}

std::string repeat(std::string_view unit, std::string_view sep, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (i) s += sep;
    s += unit;
  }
  return s;
}

constexpr std::chrono::sys_seconds now{std::chrono::seconds{1780272000}};  // 2026-06-01

// --- HTTP-date ---------------------------------------------------------------------------------
void BM_http_date_imf_fixdate(benchmark::State& s) {
  run(s, "Sun, 06 Nov 1994 08:49:37 GMT",
      [](std::string_view v) { return g::parse_http_date(v, now); });
}
void BM_http_date_rfc850(benchmark::State& s) {
  run(s, "Wednesday, 09-Nov-94 08:49:37 GMT",
      [](std::string_view v) { return g::parse_http_date(v, now); });
}
void BM_http_date_asctime(benchmark::State& s) {
  run(s, "Sun Nov  6 08:49:37 1994", [](std::string_view v) { return g::parse_http_date(v, now); });
}
// Worst case: the whole value is read, then the calendar rejects it.
void BM_http_date_bad_day_name(benchmark::State& s) {
  run(s, "Sat, 31 Dec 9999 23:59:60 GMT",
      [](std::string_view v) { return g::parse_http_date(v, now); });
}
void BM_http_date_format(benchmark::State& s) {
  std::chrono::sys_seconds t{std::chrono::seconds{784111777}};
  for (auto _ : s) {
    benchmark::DoNotOptimize(t);
    auto a = g::format_http_date(t);
    benchmark::DoNotOptimize(a);
  }
  s.SetItemsProcessed(static_cast<std::int64_t>(s.iterations()));
}

// --- delta-seconds, Content-Length, Retry-After -------------------------------------------------
void BM_delta_seconds(benchmark::State& s) { run(s, "3600", g::parse_delta_seconds); }
void BM_delta_seconds_saturated(benchmark::State& s) {
  run(s, std::string(64, '9'), g::parse_delta_seconds);
}
void BM_decimal_content_length(benchmark::State& s) { run(s, "3495", g::parse_decimal); }
void BM_decimal_overflow(benchmark::State& s) { run(s, std::string(64, '9'), g::parse_decimal); }
void BM_retry_after_delay(benchmark::State& s) {
  run(s, "120", [](std::string_view v) { return g::parse_retry_after(v, now); });
}
void BM_retry_after_date(benchmark::State& s) {
  run(s, "Fri, 31 Dec 1999 23:59:59 GMT",
      [](std::string_view v) { return g::parse_retry_after(v, now); });
}

// --- Content-Range ------------------------------------------------------------------------------
void BM_content_range(benchmark::State& s) { run(s, "bytes 42-1233/1234", g::parse_content_range); }
void BM_content_range_unsatisfied(benchmark::State& s) {
  run(s, "bytes */47022", g::parse_content_range);
}
void BM_content_range_max(benchmark::State& s) {
  run(s, "bytes 18446744073709551613-18446744073709551614/18446744073709551615",
      g::parse_content_range);
}

// --- Entity tags --------------------------------------------------------------------------------
void BM_entity_tag(benchmark::State& s) { run(s, "\"5f2b7c1d-200\"", g::parse_entity_tag); }
void BM_entity_tag_long_weak(benchmark::State& s) {
  run(s, "W/\"" + std::string(128, 'a') + "\"", g::parse_entity_tag);
}
void BM_entity_tag_list(benchmark::State& s) {
  run(s, "\"xyzzy\", \"r2d2xxxx\", \"c3piozzzz\"", g::parse_entity_tag_list);
}
void BM_entity_tag_list_32(benchmark::State& s) {
  run(s, repeat("W/\"0123456789abcdef\"", ", ", 32), g::parse_entity_tag_list);
}

// --- Cache-Control ------------------------------------------------------------------------------
void BM_cache_control(benchmark::State& s) {
  run(s, "public, max-age=3600", g::parse_cache_control);
}
void BM_cache_control_no_store(benchmark::State& s) {
  run(s, "no-store, no-cache, must-revalidate, max-age=0", g::parse_cache_control);
}
void BM_cache_control_every_directive(benchmark::State& s) {
  run(s,
      "public, private=\"Set-Cookie, Authorization\", no-cache=\"X-Trace\", no-store, "
      "no-transform, must-revalidate, proxy-revalidate, must-understand, max-age=3600, "
      "s-maxage=600, immutable, stale-while-revalidate=30, stale-if-error=86400, "
      "community=\"UCI\", x-ext",
      g::parse_cache_control);
}
void BM_cache_control_iterate(benchmark::State& s) {
  auto const cc = *g::parse_cache_control("public, max-age=3600, s-maxage=600, must-revalidate");
  for (auto _ : s) {
    std::size_t n = 0;
    for (auto const& d : cc) n += d.name.size();
    benchmark::DoNotOptimize(n);
  }
  s.SetItemsProcessed(static_cast<std::int64_t>(s.iterations()));
}

// --- Vary, Allow, Accept-Ranges -----------------------------------------------------------------
void BM_vary(benchmark::State& s) { run(s, "Accept-Encoding", g::parse_vary); }
void BM_vary_long(benchmark::State& s) {
  run(s,
      "Accept, Accept-Encoding, Accept-Language, Origin, Authorization, Cookie, User-Agent, "
      "Sec-CH-UA, Sec-CH-UA-Mobile, Sec-CH-UA-Platform, Sec-Fetch-Mode, Sec-Fetch-Site",
      g::parse_vary);
}
void BM_allow(benchmark::State& s) { run(s, "GET, HEAD, PUT", g::parse_allow); }
void BM_allow_long(benchmark::State& s) {
  run(s,
      "GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH, PROPFIND, PROPPATCH, "
      "MKCOL, COPY, MOVE, LOCK, UNLOCK",
      g::parse_allow);
}
void BM_accept_ranges(benchmark::State& s) { run(s, "bytes", g::parse_accept_ranges); }
void BM_accept_ranges_error_at_end(benchmark::State& s) {
  run(s, repeat("x-unit", ", ", 16) + " ;", g::parse_accept_ranges);
}

}  // namespace

BENCHMARK(BM_http_date_imf_fixdate);
BENCHMARK(BM_http_date_rfc850);
BENCHMARK(BM_http_date_asctime);
BENCHMARK(BM_http_date_bad_day_name);
BENCHMARK(BM_http_date_format);
BENCHMARK(BM_delta_seconds);
BENCHMARK(BM_delta_seconds_saturated);
BENCHMARK(BM_decimal_content_length);
BENCHMARK(BM_decimal_overflow);
BENCHMARK(BM_retry_after_delay);
BENCHMARK(BM_retry_after_date);
BENCHMARK(BM_content_range);
BENCHMARK(BM_content_range_unsatisfied);
BENCHMARK(BM_content_range_max);
BENCHMARK(BM_entity_tag);
BENCHMARK(BM_entity_tag_long_weak);
BENCHMARK(BM_entity_tag_list);
BENCHMARK(BM_entity_tag_list_32);
BENCHMARK(BM_cache_control);
BENCHMARK(BM_cache_control_no_store);
BENCHMARK(BM_cache_control_every_directive);
BENCHMARK(BM_cache_control_iterate);
BENCHMARK(BM_vary);
BENCHMARK(BM_vary_long);
BENCHMARK(BM_allow);
BENCHMARK(BM_allow_long);
BENCHMARK(BM_accept_ranges);
BENCHMARK(BM_accept_ranges_error_at_end);
