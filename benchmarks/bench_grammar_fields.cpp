//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// bench_grammar, second part: the parsers of the authentication, content and protocol fields
// (challenge, media type, codings, language tags, protocols, token lists, products, Via, Link,
// Content-Disposition, URIs). One iteration parses one value, typical or worst case (the longest
// or slowest value a server plausibly sends); `_iterate` cases also walk the parsed list, which
// parses each element again.

#include <respolicy/grammar/challenge.hpp>
#include <respolicy/grammar/content_coding.hpp>
#include <respolicy/grammar/content_disposition.hpp>
#include <respolicy/grammar/language_tag.hpp>
#include <respolicy/grammar/link.hpp>
#include <respolicy/grammar/media_type.hpp>
#include <respolicy/grammar/product.hpp>
#include <respolicy/grammar/protocol.hpp>
#include <respolicy/grammar/token_list.hpp>
#include <respolicy/grammar/uri.hpp>
#include <respolicy/grammar/via.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
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

// --- Content-Type --------------------------------------------------------------------------------
void BM_media_type(benchmark::State& s) {
  run(s, "text/plain; charset=utf-8", g::parse_media_type);
}
void BM_media_type_bare(benchmark::State& s) { run(s, "application/json", g::parse_media_type); }
void BM_media_type_many_parameters(benchmark::State& s) {
  run(s,
      "multipart/form-data; boundary=\"----=_Part_0_1234567890.1234567890\"; charset=\"utf-8\"; "
      "type=\"application/xml\"; start=\"<root@example.com>\"; x-a=1; x-b=2; x-c=\"a\\\"b\"",
      g::parse_media_type);
}

// --- WWW-Authenticate, Authentication-Info -------------------------------------------------------
void BM_challenge_basic(benchmark::State& s) {
  run(s, "Basic realm=\"example\", charset=\"UTF-8\"", g::parse_challenges);
}
void BM_challenge_bearer(benchmark::State& s) {
  run(s,
      "Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access token "
      "expired\"",
      g::parse_challenges);
}
void BM_challenge_digest(benchmark::State& s) {
  run(s,
      "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
      "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
      "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"",
      g::parse_challenges);
}
void BM_challenge_eight_schemes(benchmark::State& s) {
  run(s, repeat("Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\"", ", ", 8),
      g::parse_challenges);
}
void BM_challenge_token68(benchmark::State& s) {
  run(s, "Negotiate " + std::string(256, 'A') + "==", g::parse_challenges);
}
// What auth-param-unique and auth-realm-quoted add: a walk over the challenges and parameters.
void BM_challenge_digest_iterate(benchmark::State& s) {
  auto const list = *g::parse_challenges(
      "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
      "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\"");
  for (auto _ : s) {
    std::size_t n = 0;
    for (auto const& c : list) {
      n += g::find_duplicate_parameter(c.params).has_value();
      n += c.param("realm").has_value();
    }
    benchmark::DoNotOptimize(n);
  }
  s.SetItemsProcessed(static_cast<std::int64_t>(s.iterations()));
}
void BM_authentication_info(benchmark::State& s) {
  run(s, "qop=auth, rspauth=\"6629fae49393a05397450978507c4ef1\", cnonce=\"0a4f113b\", nc=00000001",
      g::parse_auth_params);
}

// --- Content-Encoding, Transfer-Encoding ---------------------------------------------------------
void BM_content_encoding(benchmark::State& s) { run(s, "gzip", g::parse_content_encoding); }
void BM_content_encoding_16(benchmark::State& s) {
  run(s, repeat("deflate", ", ", 16), g::parse_content_encoding);
}
void BM_transfer_encoding(benchmark::State& s) {
  run(s, "gzip, chunked", g::parse_transfer_encoding);
}
void BM_transfer_encoding_parameters(benchmark::State& s) {
  run(s, repeat("x-coding;a=1;b=\"two\";c=three", ", ", 8) + ", chunked",
      g::parse_transfer_encoding);
}

// --- Content-Language ----------------------------------------------------------------------------
void BM_language_tag(benchmark::State& s) { run(s, "en-US", g::parse_content_language); }
void BM_language_tag_complex(benchmark::State& s) {
  run(s, "hy-Latn-IT-arevela-u-ca-islamcal-a-myext-x-private", g::parse_content_language);
}
void BM_language_tag_list_16(benchmark::State& s) {
  run(s, repeat("zh-cmn-Hans-CN", ", ", 16), g::parse_content_language);
}

// --- Upgrade, Connection, Trailer ----------------------------------------------------------------
void BM_upgrade(benchmark::State& s) { run(s, "websocket", g::parse_upgrade); }
void BM_upgrade_16(benchmark::State& s) { run(s, repeat("HTTP/2.0", ", ", 16), g::parse_upgrade); }
void BM_connection(benchmark::State& s) { run(s, "keep-alive", g::parse_connection); }
void BM_trailer_16(benchmark::State& s) {
  run(s, repeat("Server-Timing", ", ", 16), g::parse_trailer);
}

// --- Server --------------------------------------------------------------------------------------
void BM_server(benchmark::State& s) { run(s, "example/1.0", g::parse_server); }
void BM_server_subproducts(benchmark::State& s) {
  run(s, "Apache/2.4.41 (Unix) OpenSSL/1.1.1k mod_perl/2.0.11 Perl/v5.30.0", g::parse_server);
}
void BM_server_nested_comment(benchmark::State& s) {
  run(s, "Foo/1 " + std::string(64, '(') + std::string(128, 'x') + std::string(64, ')'),
      g::parse_server);
}

// --- Via -----------------------------------------------------------------------------------------
void BM_via(benchmark::State& s) { run(s, "1.1 varnish", g::parse_via); }
void BM_via_16(benchmark::State& s) {
  run(s, repeat("HTTP/1.1 proxy.example.com:8080 (Squid/4.10)", ", ", 16), g::parse_via);
}

// --- Link ----------------------------------------------------------------------------------------
void BM_link(benchmark::State& s) { run(s, "</style.css>; rel=preload; as=style", g::parse_link); }
void BM_link_16(benchmark::State& s) {
  run(s,
      repeat("<https://example.com/TheBook/chapter2>; rel=\"previous\"; "
             "title*=UTF-8'de'letztes%20Kapitel",
             ", ", 16),
      g::parse_link);
}

// --- Content-Disposition -------------------------------------------------------------------------
void BM_content_disposition(benchmark::State& s) {
  run(s, "attachment; filename=\"report.pdf\"", g::parse_content_disposition);
}
void BM_content_disposition_ext(benchmark::State& s) {
  std::string v = "attachment; filename=\"EURO rates\"; filename*=utf-8''";
  for (int i = 0; i < 64; ++i) v += "%e2%82%ac";
  run(s, v, g::parse_content_disposition);
}

// --- Location, Content-Location ------------------------------------------------------------------
void BM_uri_path(benchmark::State& s) { run(s, "/index.html", g::parse_location); }
void BM_uri_absolute(benchmark::State& s) {
  run(s, "https://www.example.com/path/to/resource?query=value&x=1#frag", g::parse_location);
}
void BM_uri_ipv6(benchmark::State& s) {
  run(s, "http://[2001:db8:85a3::8a2e:370:7334]:8080/a/b", g::parse_location);
}
void BM_uri_long(benchmark::State& s) {
  run(s, "https://example.com/" + repeat("segment%20with%20escapes", "/", 80) + "?q=1",
      g::parse_location);
}
void BM_content_location(benchmark::State& s) {
  run(s, "/documents/foo.en.html", g::parse_content_location);
}

}  // namespace

BENCHMARK(BM_media_type);
BENCHMARK(BM_media_type_bare);
BENCHMARK(BM_media_type_many_parameters);
BENCHMARK(BM_challenge_basic);
BENCHMARK(BM_challenge_bearer);
BENCHMARK(BM_challenge_digest);
BENCHMARK(BM_challenge_eight_schemes);
BENCHMARK(BM_challenge_token68);
BENCHMARK(BM_challenge_digest_iterate);
BENCHMARK(BM_authentication_info);
BENCHMARK(BM_content_encoding);
BENCHMARK(BM_content_encoding_16);
BENCHMARK(BM_transfer_encoding);
BENCHMARK(BM_transfer_encoding_parameters);
BENCHMARK(BM_language_tag);
BENCHMARK(BM_language_tag_complex);
BENCHMARK(BM_language_tag_list_16);
BENCHMARK(BM_upgrade);
BENCHMARK(BM_upgrade_16);
BENCHMARK(BM_connection);
BENCHMARK(BM_trailer_16);
BENCHMARK(BM_server);
BENCHMARK(BM_server_subproducts);
BENCHMARK(BM_server_nested_comment);
BENCHMARK(BM_via);
BENCHMARK(BM_via_16);
BENCHMARK(BM_link);
BENCHMARK(BM_link_16);
BENCHMARK(BM_content_disposition);
BENCHMARK(BM_content_disposition_ext);
BENCHMARK(BM_uri_path);
BENCHMARK(BM_uri_absolute);
BENCHMARK(BM_uri_ipv6);
BENCHMARK(BM_uri_long);
BENCHMARK(BM_content_location);
