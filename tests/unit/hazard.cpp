//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// find_hazards(): each safety block broken by a response, and a near miss that is not.

#include <respolicy/hazard.hpp>
#include <respolicy/validate.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;

namespace {

struct hazard_case {
  char const* name;
  int status;
  int version;
  std::string reason;
  std::vector<field_view> fields;
  std::optional<std::uint64_t> body_size;
  char const* method;  // nullptr: no request
  serializer_framing wire;
  char const* rule;  // the hazard expected; nullptr for a near miss
};

std::vector<std::string_view> rules_of(std::vector<hazard> const& found) {
  std::vector<std::string_view> ids;
  for (auto const& h : found) ids.push_back(h.rule.info().id);
  return ids;
}

}  // namespace

TEST_CASE("find_hazards: every safety block, broken and nearly broken", "[hazard]") {
  using F = std::vector<field_view>;
  serializer_framing const raw{};
  serializer_framing const chunked{.chunked = true};
  hazard_case const cases[] = {
      // status-code-three-digits
      {"status 21800", 21800, 11, "OK", {}, 0, nullptr, raw, "status-code-three-digits"},
      {"status 1000", 1000, 11, "OK", {}, 0, nullptr, raw, "status-code-three-digits"},
      {"status 99", 99, 11, "OK", {}, 0, nullptr, raw, "status-code-three-digits"},
      {"status 999 (three digits)", 999, 11, "", {}, 0, nullptr, raw, nullptr},
      {"status 100 (three digits, ends at header)", 100, 11, "", {}, 0, nullptr, raw, nullptr},
      // http-version-syntax
      {"version 2210", 200, 2210, "OK", {}, 0, nullptr, raw, "http-version-syntax"},
      {"version 0", 200, 0, "OK", {}, 0, nullptr, raw, "http-version-syntax"},
      {"version 20", 200, 20, "OK", {}, 0, nullptr, raw, "http-version-syntax"},
      {"version 10", 200, 10, "OK", {}, 0, nullptr, raw, nullptr},
      // reason-phrase-charset
      {"CR LF in the reason", 200, 11, "OK\r\nX: y", {}, 0, nullptr, raw, "reason-phrase-charset"},
      {"NUL in the reason",
       200,
       11,
       std::string("O\0K", 3),
       {},
       0,
       nullptr,
       raw,
       "reason-phrase-charset"},
      {"HTAB and obs-text in the reason", 200, 11, "O\tK \xe9", {}, 0, nullptr, raw, nullptr},
      // field-name-token
      {"trailing SP in a name", 200, 11, "OK", F{{"Content-Length ", "0"}}, 0, nullptr, raw,
       "field-name-token"},
      {"leading SP in a name", 200, 11, "OK", F{{" Content-Length", "0"}}, 0, nullptr, raw,
       "field-name-token"},
      {"trailing HTAB in a name", 200, 11, "OK", F{{"Content-Length\t", "0"}}, 0, nullptr, raw,
       "field-name-token"},
      {"LF in a name", 200, 11, "OK", F{{"X\nY", "0"}}, 0, nullptr, raw, "field-name-token"},
      {"an empty name", 200, 11, "OK", F{{"", "x"}}, 0, nullptr, raw, "field-name-token"},
      {"a name of every tchar", 200, 11, "OK", F{{"!#$%&'*+-.^_`|~0aZ", "x"}}, 0, nullptr, raw,
       nullptr},
      // field-value-no-cr-lf-nul
      {"CR LF in a value", 200, 11, "OK", F{{"X", "a\r\nSet-Cookie: s=1"}}, 0, nullptr, raw,
       "field-value-no-cr-lf-nul"},
      {"HTAB, SP and obs-text in a value", 200, 11, "OK", F{{"X", "a\tb \x80\xff"}}, 0, nullptr,
       raw, nullptr},
      // content or a last chunk after a header section that ends the message
      {"content on a 204", 204, 11, "", {}, 3, nullptr, raw, "no-content-204"},
      {"a last chunk on a 204", 204, 11, "", F{{"Transfer-Encoding", "chunked"}}, 0, nullptr,
       chunked, "no-content-204"},
      {"a last chunk on a 304", 304, 11, "", F{{"Transfer-Encoding", "chunked"}}, 0, "GET", chunked,
       "no-content-304"},
      {"Transfer-Encoding on a 304, not written", 304, 11, "", F{{"Transfer-Encoding", "chunked"}},
       0, "GET", raw, nullptr},
      {"a last chunk on a HEAD answer", 200, 11, "", F{{"Transfer-Encoding", "chunked"}}, 0, "HEAD",
       chunked, "head-no-content"},
      {"content on a HEAD answer", 200, 11, "", {}, 5, "HEAD", raw, "head-no-content"},
      {"content on a 103", 103, 11, "", {}, 1, nullptr, raw, "no-content-1xx"},
      {"content before a CONNECT tunnel",
       200,
       11,
       "",
       {},
       1,
       "CONNECT",
       raw,
       "connect-2xx-no-content"},
      {"a 407 to CONNECT may carry content", 407, 11, "", F{{"Content-Length", "1"}}, 1, "CONNECT",
       raw, nullptr},
      // Transfer-Encoding lines combined as a recipient combines them
      {"gzip then chunked on two lines, written as it is", 200, 11, "OK",
       F{{"Transfer-Encoding", "gzip"}, {"Transfer-Encoding", "chunked"}}, 5, nullptr, raw,
       "chunked-body-syntax"},
      {"gzip then chunked on one line, chunked", 200, 11, "OK",
       F{{"Transfer-Encoding", "gzip, chunked"}}, 5, nullptr, chunked, nullptr},
      {"chunked on two lines", 200, 11, "OK",
       F{{"Transfer-Encoding", "chunked"}, {"transfer-encoding", "chunked"}}, 5, nullptr, chunked,
       "transfer-encoding-chunked-once"},
      {"chunked then gzip on two lines, chunk framing written", 200, 11, "OK",
       F{{"Transfer-Encoding", "chunked"}, {"Transfer-Encoding", "gzip"}}, 5, nullptr, chunked,
       "transfer-encoding-chunked-last"},
      {"gzip alone, close-delimited, written as it is", 200, 11, "OK",
       F{{"Transfer-Encoding", "gzip"}}, 5, nullptr, raw, nullptr},
      {"chunked with Content-Length", 200, 11, "OK",
       F{{"Content-Length", "5"}, {"Transfer-Encoding", "chunked"}}, 5, nullptr, chunked,
       "no-content-length-with-transfer-encoding"},
      {"two last chunks for empty content", 200, 11, "OK", F{{"Transfer-Encoding", "chunked"}}, 0,
       nullptr, serializer_framing{.chunked = true, .extra_last_chunk = true},
       "chunked-body-syntax"},
      {"one last chunk for empty content", 200, 11, "OK", F{{"Transfer-Encoding", "chunked"}}, 0,
       nullptr, chunked, nullptr},
      // Content-Length
      {"two different lengths", 200, 11, "OK", F{{"Content-Length", "5"}, {"Content-Length", "6"}},
       5, nullptr, raw, "content-length-syntax"},
      {"a signed length", 200, 11, "OK", F{{"Content-Length", "+5"}}, 5, nullptr, raw,
       "content-length-syntax"},
      {"the same length twice", 200, 11, "OK", F{{"Content-Length", "5, 5"}}, 5, nullptr, raw,
       nullptr},
      {"a length other than the content's", 200, 11, "OK", F{{"Content-Length", "4"}}, 5, nullptr,
       raw, "content-length-accurate"},
      {"a length of 20 digits", 200, 11, "OK", F{{"Content-Length", "18446744073709551621"}}, 5,
       nullptr, raw, "content-length-accurate"},
      {"the content's length", 200, 11, "OK", F{{"Content-Length", "5"}}, 5, nullptr, raw, nullptr},
  };
  for (auto const& c : cases) {
    INFO(c.name);
    response_view const res{c.status, c.reason, c.version, c.fields, c.body_size};
    request_context const req{c.method ? c.method : ""};
    auto const found = find_hazards(res, c.method ? &req : nullptr, c.wire);
    auto const ids = rules_of(found);
    if (c.rule) {
      CHECK(std::find(ids.begin(), ids.end(), std::string_view{c.rule}) != ids.end());
    } else {
      CHECK(ids.empty());
    }
    for (auto const& h : found) CHECK_FALSE(h.detail.empty());
  }
}

TEST_CASE("find_hazards: the repairs the protocol fully determines", "[hazard]") {
  field_view const chunked_only[] = {{"Transfer-Encoding", "chunked"}};
  field_view const gzip_chunked[] = {{"Transfer-Encoding", "gzip, chunked"}};
  auto repair_of = [](response_view const& res, request_context const* req,
                      serializer_framing wire) {
    auto const found = find_hazards(res, req, wire);
    REQUIRE(found.size() == 1);
    return found[0].repair;
  };
  request_context const head{"HEAD"};
  // A last chunk after a header that ends the message: drop chunked.
  CHECK(repair_of({304, "", 11, chunked_only, 0}, nullptr, {.chunked = true}) ==
        hazard_repair::drop_chunked);
  CHECK(repair_of({200, "", 11, chunked_only, 0}, &head, {.chunked = true}) ==
        hazard_repair::drop_chunked);
  // Content there is no framing matter a repair of the framing could resolve.
  CHECK(repair_of({204, "", 11, {}, 3}, nullptr, {}) == hazard_repair::none);
  // Two last chunks: Content-Length: 0 when chunked is the only coding.
  serializer_framing const twice{.chunked = true, .extra_last_chunk = true};
  CHECK(repair_of({200, "", 11, chunked_only, 0}, nullptr, twice) == hazard_repair::empty_length);
  CHECK(repair_of({200, "", 11, gzip_chunked, 0}, nullptr, twice) == hazard_repair::none);
  // Bytes that would split a line are never rewritten.
  field_view const injected[] = {{"X", "a\r\nb"}};
  CHECK(repair_of({200, "OK", 11, injected, 0}, nullptr, {}) == hazard_repair::none);
}

TEST_CASE("find_hazards: trailers are held to the same bytes as the header", "[hazard]") {
  field_view const fields[] = {{"Transfer-Encoding", "chunked"}};
  field_view const bad[] = {{"X-Sum ", "1"}, {"X-Note", "a\nb"}};
  response_view const res{200, "OK", 11, fields, std::nullopt, bad};
  auto const ids = rules_of(find_hazards(res, nullptr, {.chunked = true}));
  CHECK(std::count(ids.begin(), ids.end(), "field-name-token") == 1);
  CHECK(std::count(ids.begin(), ids.end(), "field-value-no-cr-lf-nul") == 1);
}

TEST_CASE("find_hazards: a common response holds none", "[hazard]") {
  // validate_common() promises that a response it finds common needs no hazard scan.
  field_view const fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                               {"Content-Type", "text/plain"},
                               {"Content-Length", "5"}};
  response_view const res{200, "OK", 11, fields, 5};
  report rep;
  REQUIRE(validate_common(res, nullptr, policy::standard(), rep));
  CHECK(find_hazards(res, nullptr).empty());
}

TEST_CASE("has_cr_lf_nul: CR, LF and NUL found at every offset of every length", "[hazard]") {
  // has_cr_lf_nul reads blocks, words or padded words by length: every length up to 40 and every
  // offset, in exact-size heap buffers (ASan sees any read past the end).
  for (std::size_t n = 0; n <= 40; ++n) {
    auto const buffer = std::make_unique<char[]>(n);
    char* const p = buffer.get();
    std::string_view const s(p, n);
    std::fill_n(p, n, 'a');
    CHECK_FALSE(respolicy::has_cr_lf_nul(s));
    for (std::size_t i = 0; i < n; ++i) {
      for (char const bad : {'\r', '\n', '\0'}) {
        p[i] = bad;
        INFO("length " << n << ", offset " << i << ", byte " << int(bad));
        CHECK(respolicy::has_cr_lf_nul(s));
      }
      // Near misses: other controls, the padding byte 0x01, and bytes just above and below.
      for (char const fine : {'\x01', '\t', '\x0b', '\x0c', '\x0e', '\x7f', '\xff'}) {
        p[i] = fine;
        INFO("length " << n << ", offset " << i << ", byte " << int(fine));
        CHECK_FALSE(respolicy::has_cr_lf_nul(s));
      }
      p[i] = 'a';
    }
  }
}
