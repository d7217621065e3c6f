//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The multipart scan of the content rules (src/detail/multipart.hpp, RFC 2046 §5.1.1).

#include "detail/multipart.hpp"

#include "grammar/exact_buffer.hpp"

#include <respolicy/grammar/media_type.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy::detail::multipart;
using respolicy::test::exact_buffer;

namespace {

/** The boundary parameter of a Content-Type value, unescaped. */
boundary_text boundary_of(std::string_view content_type) {
  auto const mt = respolicy::grammar::parse_content_type(content_type);
  REQUIRE(mt);
  auto const p = mt->parameters.find("boundary");
  REQUIRE(p);
  return unescape_boundary(*p);
}

struct part {
  std::string headers;
  std::size_t index;
  std::string rest;
};

/** Scans `body` and records each part; `lengths` are what on_part returns, in order. */
multipart_facts scan(std::string_view body, std::string_view boundary, std::vector<part>& parts,
                     std::vector<std::optional<std::uint64_t>> lengths = {}) {
  exact_buffer const in(body);
  return scan_multipart(in.view(), boundary,
                        [&](std::string_view headers, std::size_t index,
                            std::string_view rest) -> std::optional<std::uint64_t> {
                          parts.push_back({std::string(headers), index, std::string(rest)});
                          return parts.size() <= lengths.size() ? lengths[parts.size() - 1]
                                                                : std::nullopt;
                        });
}

}  // namespace

TEST_CASE("multipart: boundary parameter (RFC 2046 §5.1.1)", "[multipart]") {
  CHECK(boundary_of("multipart/mixed; boundary=simple").view() == "simple");
  CHECK(boundary_of("multipart/mixed; boundary=\"gc0p4Jq0M2Yt08jU534c0p\"").view() ==
        "gc0p4Jq0M2Yt08jU534c0p");
  // A quoted-string may hold a space (bchars) and quoted-pairs.
  CHECK(boundary_of("multipart/mixed; boundary=\"a b\"").view() == "a b");
  CHECK(boundary_of(R"(multipart/mixed; boundary="a\"b\\c")").view() == R"(a"b\c)");
  // 70 characters at most; the 71st sets too_long.
  auto const b70 = boundary_of("multipart/mixed; boundary=" + std::string(70, 'x'));
  CHECK_FALSE(b70.too_long);
  CHECK(b70.view() == std::string(70, 'x'));
  auto const b71 = boundary_of("multipart/mixed; boundary=" + std::string(71, 'x'));
  CHECK(b71.too_long);
  CHECK(b71.size == max_boundary);
  // Escapes do not count: 70 characters written as 140 bytes fit.
  std::string escaped;
  for (int i = 0; i < 70; ++i) escaped += "\\y";
  auto const b = boundary_of("multipart/mixed; boundary=\"" + escaped + "\"");
  CHECK_FALSE(b.too_long);
  CHECK(b.view() == std::string(70, 'y'));

  for (char const ch : std::string_view("09azAZ'()+_,-./:=?")) CHECK(is_bcharsnospace(ch));
  for (char const ch : std::string_view(" \"@;<>[]\\\t\x80")) CHECK_FALSE(is_bcharsnospace(ch));
}

TEST_CASE("multipart: delimiter lines", "[multipart]") {
  using kind = delimiter_kind;
  // At the start of the content and after a line break only.
  CHECK(delimiter_at("--b\r\n", 0, "b").kind == kind::open);
  CHECK(delimiter_at("--b\r\n", 0, "b").end == 5);
  CHECK(delimiter_at("x--b\r\n", 1, "b").kind == kind::none);
  CHECK(delimiter_at("x\r\n--b\r\n", 3, "b").kind == kind::open);
  // Transport padding: spaces and tabs before the line break.
  auto const padded = delimiter_at("--b \t \r\nX", 0, "b");
  CHECK(padded.kind == kind::open);
  CHECK(padded.end == 8);
  // A line that goes on after the boundary is none; nor is a longer boundary.
  CHECK(delimiter_at("--bx\r\n", 0, "b").kind == kind::none);
  CHECK(delimiter_at("--b x\r\n", 0, "b").kind == kind::none);
  CHECK(delimiter_at("--b", 0, "b").kind == kind::none);
  CHECK(delimiter_at("-b\r\n", 0, "b").kind == kind::none);
  // The close delimiter may end the content, or be followed by anything.
  CHECK(delimiter_at("--b--", 0, "b").kind == kind::close);
  CHECK(delimiter_at("--b--", 0, "b").end == 5);
  CHECK(delimiter_at("--b--epilogue", 0, "b").kind == kind::close);
  CHECK(delimiter_at("--b-- \r\n", 0, "b").end == 8);
  // Bare LFs around the line.
  auto const lf = delimiter_at("x\n--b\n", 2, "b");
  CHECK(lf.kind == kind::open);
  CHECK(lf.bare_lf_before);
  CHECK(lf.bare_lf_after);
  CHECK(lf.end == 6);
  auto const crlf = delimiter_at("x\r\n--b\r\n", 3, "b");
  CHECK_FALSE(crlf.bare_lf_before);
  CHECK_FALSE(crlf.bare_lf_after);
  CHECK(delimiter_at("\n--b\r\n", 1, "b").bare_lf_before);

  // The search visits line starts only and skips lines that only begin with the boundary.
  std::string_view const body = "--bb\r\n--b0\r\n--b\r\n";
  auto const d = find_delimiter(body, 0, "b", "\n--b");
  CHECK(d.kind == kind::open);
  CHECK(d.at == 12);
  CHECK(find_delimiter("--b\r\n", 0, "b", "\n--b").at == 0);
  CHECK(find_delimiter("--b\r\n", 1, "b", "\n--b").kind == kind::none);
  CHECK(find_delimiter("pre--b\r\n", 0, "b", "\n--b").kind == kind::none);
}

TEST_CASE("multipart: part header fields", "[multipart]") {
  std::string_view const headers = "Content-Type: text/plain \r\ncontent-range:bytes 0-1/2\r\n";
  CHECK(part_field(headers, "content-type") == "text/plain");
  CHECK(part_field(headers, "content-range") == "bytes 0-1/2");
  CHECK_FALSE(part_field(headers, "content-length"));
  CHECK_FALSE(part_field("no colon here\r\n", "no colon here"));
  CHECK(part_field("X : y", "x") == "y");
  CHECK(part_field("A: 1\nB: 2", "b") == "2");
  CHECK(part_field("Empty:\r\n", "empty") == "");
}

TEST_CASE("multipart: one pass over the body", "[multipart]") {
  std::vector<part> parts;
  SECTION("two parts, a preamble and an epilogue, CRLF throughout") {
    auto const f = scan(
        "preamble\r\n--b\r\nContent-Type: text/plain\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\nend",
        "b", parts);
    CHECK(f.delimiter_seen);
    CHECK(f.closed);
    CHECK(f.parts == 2);
    CHECK(f.bare_lf == npos);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].headers == "Content-Type: text/plain\r\n");
    CHECK(parts[0].index == 1);
    CHECK(parts[0].rest.starts_with("one\r\n--b\r\n"));
    CHECK(parts[1].headers.empty());
    CHECK(parts[1].rest.starts_with("two\r\n"));
  }
  SECTION("no close delimiter") {
    auto const f = scan("--b\r\n\r\nx\r\n", "b", parts);
    CHECK(f.delimiter_seen);
    CHECK_FALSE(f.closed);
    CHECK(f.parts == 1);
  }
  SECTION("no delimiter line") {
    auto const f = scan("--other\r\n\r\nx\r\n--other--", "b", parts);
    CHECK_FALSE(f.delimiter_seen);
    CHECK(f.parts == 0);
    CHECK(parts.empty());
  }
  SECTION("the close delimiter alone: no body part") {
    auto const f = scan("--b--\r\n", "b", parts);
    CHECK(f.delimiter_seen);
    CHECK(f.closed);
    CHECK(f.parts == 0);
  }
  SECTION("LF-only framing: the first bare LF, and where") {
    auto const f = scan("--b\n\nx\n--b--", "b", parts);
    CHECK(f.closed);
    CHECK(f.parts == 1);
    CHECK(f.bare_lf == 3);
    CHECK(std::string_view(f.bare_lf_where) == "after a delimiter line");
  }
  SECTION("a bare LF before a delimiter line") {
    auto const f = scan("--b\r\n\r\nx\n--b--", "b", parts);
    CHECK(f.bare_lf == 8);
    CHECK(std::string_view(f.bare_lf_where) == "before a delimiter line");
  }
  SECTION("a bare LF in a part's header section ended by its blank line") {
    auto const f = scan("--b\r\nA: 1\nB: 2\r\n\r\nx\r\n--b--", "b", parts);
    CHECK(f.bare_lf == 9);
    CHECK(std::string_view(f.bare_lf_where) == "in a part's header section");
    REQUIRE(parts.size() == 1);
    CHECK(part_field(parts[0].headers, "b") == "2");
  }
  SECTION("without a blank line the lines are content, their bare LFs not header ones") {
    auto const f = scan("--b\r\nline one\nline two\r\n--b--", "b", parts);
    CHECK(f.parts == 1);
    CHECK(f.bare_lf == npos);
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].headers.empty());
    CHECK(parts[0].rest.starts_with("line one\n"));
  }
  SECTION("transport padding after the delimiters") {
    auto const f = scan("--b  \r\n\r\nx\r\n--b--\t\r\n", "b", parts);
    CHECK(f.closed);
    CHECK(f.parts == 1);
    CHECK(f.bare_lf == npos);
  }
  SECTION("a known content length jumps over a delimiter line inside the content") {
    // The first part's 11 bytes hold a delimiter line; its length says where the part ends.
    std::string_view const body = "--b\r\n\r\nab\r\n--b\r\ncd\r\n--b\r\n\r\nz\r\n--b--";
    auto const f = scan(body, "b", parts, {11});
    CHECK(f.parts == 2);
    CHECK(f.closed);
    REQUIRE(parts.size() == 2);
    CHECK(parts[1].rest.starts_with("z\r\n"));
  }
  SECTION("without the length the same content is split at the delimiter line") {
    std::string_view const body = "--b\r\n\r\nab\r\n--b\r\ncd\r\n--b\r\n\r\nz\r\n--b--";
    auto const f = scan(body, "b", parts);
    CHECK(f.parts == 3);
  }
  SECTION("a length that points past the content or at no delimiter falls back to the search") {
    auto const f = scan("--b\r\n\r\nab\r\n--b--", "b", parts, {1000});
    CHECK(f.parts == 1);
    CHECK(f.closed);
    parts.clear();
    auto const g = scan("--b\r\n\r\nab\r\n--b--", "b", parts, {1});
    CHECK(g.parts == 1);
    CHECK(g.closed);
  }
  SECTION("a boundary of 70 characters; the caller rejects longer and empty ones") {
    std::string const b70(70, 'q');
    std::string const body = "--" + b70 + "\r\n\r\nx\r\n--" + b70 + "--";
    auto const f = scan(body, b70, parts);
    CHECK(f.parts == 1);
    CHECK(f.closed);
    std::string const b71(71, 'q');
    CHECK_FALSE(scan("--" + b71 + "\r\n\r\nx\r\n--" + b71 + "--", b71, parts).delimiter_seen);
    CHECK_FALSE(scan("--\r\n\r\nx\r\n----", "", parts).delimiter_seen);
  }
  SECTION("many lines that start like a delimiter stay linear") {
    std::string body = "--b\r\n\r\n";
    for (int i = 0; i < 20000; ++i) body += "--bx\r\n";
    body += "--b--";
    auto const f = scan(body, "b", parts);
    CHECK(f.parts == 1);
    CHECK(f.closed);
  }
}
