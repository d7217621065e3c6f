//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// wire_reader: framing (RFC 9112 §6.3), what only the wire shows, the same messages however the
// input is split, and no allocation per clean message.

#include <respolicy/wire.hpp>

#include "support/counting_scope.hpp"

#include <respolicy/policy.hpp>
#include <respolicy/validate.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;
using respolicy::test::counting_scope;

namespace {

// Everything a reader delivers of a message, on one line: two reads compare by these.
std::string describe(wire_message const& m) {
  std::ostringstream s;
  s << '@' << m.offset << (m.parsed ? " parsed " : " unparsed ") << m.version << ' ' << m.status
    << " [" << m.reason << "] " << m.method << ' ' << m.target << " size "
    << (m.body_size ? std::to_string(*m.body_size) : "?") << " body [" << m.body << ']'
    << (m.transcript_h2 ? " h2" : "") << (m.request ? " answers " + m.request->method : "");
  for (auto const& f : m.fields) s << " | " << f.name << ": " << f.value;
  for (auto const& f : m.trailers) s << " | ~" << f.name << ": " << f.value;
  for (auto const& f : m.findings)
    s << " | " << f.rule << '@' << f.offset << " (" << f.field << ") " << f.detail;
  return s.str();
}

// Reads `input` cut at `cuts` (ascending offsets), each piece copied into an exact-size heap
// buffer so AddressSanitizer sees any read past it.
std::vector<std::string> read(std::string_view input, std::vector<std::size_t> const& cuts,
                              wire_options const& o = {}) {
  std::vector<std::string> out;
  wire_reader r(o, [&](wire_message& m) { out.push_back(describe(m)); });
  std::size_t at = 0;
  auto feed = [&](std::size_t to) {
    auto piece = std::make_unique<char[]>(to - at);
    std::memcpy(piece.get(), input.data() + at, to - at);
    r.feed({piece.get(), to - at});
    at = to;
  };
  for (auto c : cuts) feed(c);
  feed(input.size());
  r.finish();
  CHECK(r.offset() == input.size());
  CHECK(r.messages() == out.size());
  return out;
}

// The rule ids of the findings, in order, over every message read from `input`.
std::vector<std::string> rules_in(std::string_view input, wire_options const& o = {},
                                  wire_reader::request_source requests = {}) {
  std::vector<std::string> ids;
  wire_reader r(
      o,
      [&](wire_message& m) {
        for (auto const& f : m.findings) ids.emplace_back(f.rule);
      },
      std::move(requests));
  r.feed(input);
  r.finish();
  return ids;
}

using ids = std::vector<std::string>;

}  // namespace

TEST_CASE("wire_reader: the header's example", "[wire]") {
  std::ostringstream out;
  respolicy::report rep;
  respolicy::wire_reader reader({.raw = true}, [&](respolicy::wire_message& m) {
    for (auto const& f : m.findings) out << f.rule << " @" << f.offset << '\n';
    if (m.parsed) respolicy::validate(m.view(), nullptr, respolicy::policy::standard(), rep);
  });
  reader.feed("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
  reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
  CHECK(reader.messages() == 1);  // the 200 may still have more bytes
  reader.finish();
  CHECK(reader.messages() == 2);
  CHECK(out.str().empty());
  CHECK(rep.has("no-content-length-1xx-204"));
}

TEST_CASE("wire_reader: README's example", "[wire]") {
  std::ostringstream cout;  // for std::cout
  std::string_view const bytes = "HTTP/1.1 204 No Content\r\n\r\nstray";
  respolicy::wire_reader reader({.raw = true}, [&](respolicy::wire_message& m) {
    for (auto const& f : m.findings) cout << f.rule << " at byte " << f.offset << '\n';
    if (m.parsed)
      for (auto const& d : respolicy::validate(m.view())) cout << d << '\n';
  });
  reader.feed(bytes);  // as often as bytes arrive
  reader.finish();     // the connection ended: the last response is complete
  CHECK(cout.str().find("no-content-204 at byte 27\n") == 0);
  CHECK(cout.str().find("error no-content-204: ") != std::string::npos);
}

TEST_CASE("wire_reader: content framed as RFC 9112 §6.3 says", "[wire]") {
  std::vector<wire_message> got;
  auto keep = [&](wire_message& m) {
    got.push_back(m);
    got.back().fields.clear();  // views into the reader's buffers; not read after the call
    got.back().trailers.clear();
    got.back().reason = got.back().body = {};
  };
  SECTION("Content-Length, chunked with trailers, then the end of the input") {
    wire_reader r({.raw = true}, keep);
    r.feed(
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
        "3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Sum: 1\r\n\r\n"
        "HTTP/1.0 200 OK\r\n\r\nto the end");
    r.finish();
    REQUIRE(got.size() == 3);
    CHECK(got[0].body_size == 3u);
    CHECK(got[1].body_size == 19u);
    CHECK(got[2].body_size == 10u);
    CHECK(got[2].version == 10);
    for (auto const& m : got) CHECK(m.findings.empty());
  }
  SECTION("a list of identical Content-Length values is one length") {
    wire_reader r({.raw = true}, keep);
    r.feed("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nhiHTTP/1.1 204 No Content\r\n\r\n");
    r.finish();
    REQUIRE(got.size() == 2);
    CHECK(got[0].body_size == 2u);
    CHECK(got[0].findings.empty());
  }
  SECTION("1xx, 204, 304 and answers to HEAD end at the header section") {
    auto const head = read_requests("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n");
    REQUIRE(head.size() == 1);
    wire_reader r({.raw = true}, keep,
                  [&](int status) { return status == 200 ? head[0] : nullptr; });
    r.feed(
        "HTTP/1.1 100 Continue\r\n\r\n"
        "HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n"
        "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n"
        "HTTP/1.1 204 No Content\r\n\r\n");
    r.finish();
    REQUIRE(got.size() == 4);
    for (auto const& m : got) {
      CHECK(m.body_size == 0u);
      CHECK(m.findings.empty());
    }
    REQUIRE(got[2].request);
    CHECK(got[2].request->method == "HEAD");
  }
  SECTION("after a 101 the connection carries another protocol") {
    wire_reader r({.raw = true}, keep);
    r.feed("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x05hello");
    r.finish();
    REQUIRE(got.size() == 1);
    REQUIRE(got[0].findings.size() == 1);
    CHECK(got[0].findings[0].rule == wire_rule::capture_note);
  }
}

TEST_CASE("wire_reader: what only the wire shows, under the catalog's ids", "[wire]") {
  wire_options const raw{.raw = true};
  // Broken.
  CHECK(rules_in("HTTP/1.1 204 No Content\r\n\r\nstray", raw) == ids{"no-content-204"});
  CHECK(rules_in("HTTP/1.1 304 Not Modified\r\n\r\nstray", raw) == ids{"no-content-304"});
  CHECK(rules_in("HTTP/1.1 103 Early Hints\r\n\r\nstray", raw) == ids{"no-content-1xx"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nX-A: 1\r\n  2\r\nContent-Length: 0\r\n\r\n", raw) ==
        ids{"no-obs-fold"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nX-A : 1\r\nContent-Length: 0\r\n\r\n", raw) ==
        ids{"field-name-token"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\n X-A: 1\r\nContent-Length: 0\r\n\r\n", raw) ==
        ids{"no-whitespace-before-first-field"});
  CHECK(rules_in("HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n", raw) == ids{"status-line-syntax"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nContent-Length: 0\n\r\n", raw) ==
        ids{"field-value-no-cr-lf-nul"});
  CHECK(rules_in("HTTP/1.1  200 OK\r\nContent-Length: 0\r\n\r\n", raw) ==
        ids{"status-line-syntax"});
  CHECK(rules_in("http/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", raw) ==
        ids{"http-version-syntax"});
  CHECK(rules_in("HTTP/1.1 0200 OK\r\nContent-Length: 0\r\n\r\n", raw) ==
        ids{"status-code-three-digits"});
  CHECK(rules_in("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n", raw) ==
        ids{"status-line-sp-before-empty-reason"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabc", raw) ==
        ids{"content-length-accurate"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nabc", raw) ==
        ids{"content-length-accurate"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", raw) ==
        ids{"chunked-body-syntax"});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab", raw) ==
        ids{"chunked-body-syntax"});
  CHECK(rules_in("hello\r\nHTTP/1.1 204 No Content\r\n\r\n", raw) ==
        ids{std::string(wire_rule::unparseable_input)});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nContent-Le", raw) ==
        ids{std::string(wire_rule::unparseable_input)});
  for (char const* end : {"", "\r\n\r\n"})  // whether the section's end has arrived or not
    CHECK(rules_in("HTTP/1.1 200 OK\r\nX-A: " + std::string(100, 'a') + end,
                   {.raw = true, .max_header_bytes = 64}) ==
          ids{std::string(wire_rule::header_section_too_large)});
  // Nearly broken.
  CHECK(rules_in("HTTP/1.1 204 No Content\r\n\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n", raw) ==
        ids{});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nX-A: 1 \r\nContent-Length: 3\r\n\r\nabc", raw) == ids{});
  CHECK(rules_in("HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n", raw) == ids{});
  CHECK(rules_in("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", raw) == ids{});
}

TEST_CASE("wire_reader: a curl transcript is read as curl prints it", "[wire]") {
  std::vector<std::string> out;
  wire_reader r({}, [&](wire_message& m) { out.push_back(describe(m)); });
  r.feed(
      "HTTP/1.1 301 Moved Permanently\r\nLocation: /b\r\nContent-Length: 5\r\n\r\n"
      "HTTP/2 200\r\ncontent-length: 5\r\n\r\nhello");
  r.finish();
  REQUIRE(out.size() == 2);
  CHECK(out[0].find("size ?") != std::string::npos);
  CHECK(out[0].find(std::string(wire_rule::capture_note)) != std::string::npos);
  CHECK(out[1].find(" 20 200 ") != std::string::npos);
  CHECK(out[1].find(" h2") != std::string::npos);
}

TEST_CASE("wire_reader: in a transcript, content of announced length is content", "[wire]") {
  // RFC 9112 §6.3: Content-Length gives the content's length. Only a whole status line where the
  // announced content would not fit is a header-only response curl printed.
  auto const quaint = "HTTP/1.1 200 OK\r\nContent-Length: 23\r\n\r\nHTTP/1.1? How quaint.\r\n";
  auto const line = "HTTP/1.1 200 OK\r\nContent-Length: 17\r\n\r\nHTTP/1.1 200 OK\r\n";
  auto const then =
      "HTTP/1.1 200 OK\r\nContent-Length: 17\r\n\r\nHTTP/1.1 200 OK\r\n"
      "HTTP/1.1 204 No Content\r\n\r\n";
  for (std::string_view input : {quaint, line, then}) {
    INFO(input);
    for (std::size_t cut = 0; cut <= input.size(); ++cut) {
      auto const out = read(input, {cut});
      REQUIRE(!out.empty());
      INFO(out[0]);
      CHECK(out[0].find("size " + std::to_string(input == std::string_view(quaint) ? 23 : 17)) !=
            std::string::npos);
      CHECK(out[0].find(std::string(wire_rule::capture_note)) == std::string::npos);
      CHECK(out.size() == (input == std::string_view(then) ? 2u : 1u));
    }
  }
}

TEST_CASE("wire_reader: the same messages and findings whatever the split", "[wire]") {
  // Bytes that are no message, then responses: interim, Content-Length (content kept),
  // chunked with an extension and trailers, a 204 with stray content, obs-fold, and a bare LF
  // with content cut short at the end.
  std::string const input =
      "not a status line\r\n"
      "HTTP/1.1 100 Continue\r\n\r\n"
      "HTTP/1.1 200 OK\r\nContent-Type: application/problem+json\r\nContent-Length: 14\r\n\r\n"
      "{\"status\":200}"
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
      "4;a=b\r\nwire\r\nA\r\n0123456789\r\n0\r\nX-Sum: 14\r\n\r\n"
      "HTTP/1.1 204 No Content\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\nstray"
      "HTTP/1.1 200 OK\r\nX-Long: first\r\n second\r\nContent-Length: 2\r\n\r\nok"
      "HTTP/1.1 404 Not Found\nContent-Length: 10\r\n\r\nshort";
  // Raw, a curl transcript, and with limits the input exceeds (a header section refused, content
  // counted and not kept).
  wire_options const ways[] = {
      {.raw = true}, {.raw = false}, {.raw = true, .max_header_bytes = 70, .max_kept_body = 4}};
  for (auto const& o : ways) {
    INFO("raw " << o.raw << ", limits " << o.max_header_bytes << ' ' << o.max_kept_body);
    auto const whole = read(input, {}, o);
    if (o.max_header_bytes == wire_options{}.max_header_bytes) {
      // The input is read as meant: a test that cannot fail proves nothing.
      REQUIRE(whole.size() == 7);
      CHECK(whole[0].find("unparsed") != std::string::npos);
      CHECK(whole[2].find("body [{\"status\":200}]") != std::string::npos);
      CHECK(whole[3].find("size 14") != std::string::npos);
      CHECK(whole[3].find("~X-Sum: 14") != std::string::npos);
      CHECK(whole[4].find("no-content-204") != std::string::npos);
      CHECK(whole[5].find("X-Long: first second") != std::string::npos);
      CHECK(whole[6].find("status-line-syntax") != std::string::npos);
      CHECK(whole[6].find("content-length-accurate") != std::string::npos);
    } else {
      bool refused = false;
      for (auto const& m : whole) refused |= m.find("header-section-too-large") != m.npos;
      CHECK(refused);
    }
    for (std::size_t cut = 1; cut < input.size(); ++cut) {
      INFO("split at " << cut);
      REQUIRE(read(input, {cut}, o) == whole);
    }
    std::vector<std::size_t> every;
    for (std::size_t i = 1; i < input.size(); ++i) every.push_back(i);
    CHECK(read(input, every, o) == whole);
  }
}

TEST_CASE("wire_reader: reading clean responses allocates nothing after the first few",
          "[wire][allocation]") {
  constexpr std::size_t warm = 8, counted = 1000;
  std::string const content(512, 'x');
  std::string const length_framed =
      "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nServer: example/1.0\r\n"
      "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 512\r\nETag: \"v1-abc\"\r\n"
      "Cache-Control: max-age=60\r\nVary: Accept-Encoding\r\nX-Request-Id: 7f3a9c\r\n\r\n" +
      content;
  std::string const chunked =
      "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
      "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
      "100\r\n" +
      content.substr(0, 256) + "\r\n100\r\n" + content.substr(0, 256) + "\r\n0\r\n\r\n";

  // Reads warm + counted copies of `one`, cut into pieces of the sizes `piece` gives in turn;
  // returns the allocations made after the warm ones.
  auto const run = [&](std::string const& one, auto piece) {
    std::string stream;
    for (std::size_t i = 0; i < warm + counted; ++i) stream += one;
    std::size_t const warm_bytes = warm * one.size();
    std::size_t messages = 0, clean = 0;
    report rep;
    wire_reader r({.raw = true}, [&](wire_message& m) {
      ++messages;
      // Validated as a guard or the linter would: a clean response costs nothing there either.
      validate(m.view(), nullptr, policy::standard(), rep);
      clean += m.findings.empty() && m.status == 200 && m.body_size == 512u;
    });
    auto const feed = [&](std::size_t from, std::size_t to) {
      for (std::size_t at = from, n = 0; at < to; at += n) {
        n = std::min(piece(), to - at);
        r.feed(std::string_view(stream).substr(at, n));
      }
    };
    feed(0, warm_bytes);
    std::size_t n = 0;
    {
      counting_scope scope;
      feed(warm_bytes, stream.size());
      r.finish();
      n = scope.count();
    }
    INFO(rep.to_string());
    CHECK(rep.empty());
    CHECK(messages == warm + counted);
    CHECK(clean == warm + counted);
    return n;
  };
  auto const every = [](std::size_t n) { return [n] { return n; }; };
  SECTION("Content-Length content, in pieces of 7 bytes") {
    CHECK(run(length_framed, every(7)) == 0);
  }
  SECTION("Content-Length content, in pieces of 702 bytes") {
    // Pieces first split a header section after the warm messages.
    CHECK(run(length_framed, every(702)) == 0);
  }
  SECTION("Content-Length content, all at once") {
    CHECK(run(length_framed, every(std::size_t(-1) / 2)) == 0);
  }
  SECTION("Content-Length content, in pieces of 1 to 997 bytes in turn") {
    std::size_t n = 0;
    CHECK(run(length_framed, [&] { return n++ % 997 + 1; }) == 0);
  }
  SECTION("chunked content, in pieces of 13 bytes") { CHECK(run(chunked, every(13)) == 0); }
  SECTION("a finding does allocate: the zero above is measured") {
    wire_reader r({.raw = true}, [](wire_message&) {});
    std::string const folded = "HTTP/1.1 200 OK\r\nX-A: 1\r\n  2\r\nContent-Length: 0\r\n\r\n";
    r.feed(folded);
    r.feed(folded);
    counting_scope scope;
    r.feed(folded);
    CHECK(scope.count() > 0);
  }
}

TEST_CASE("wire_message: clear() empties it and keeps its vectors' capacity", "[wire]") {
  wire_message m;
  m.status = 404;
  m.parsed = false;
  m.fields.resize(20);
  m.findings.push_back({wire_rule::capture_note, 3, "X", "detail"});
  m.body_size = std::nullopt;
  auto const capacity = m.fields.capacity();
  m.clear();
  CHECK(m.fields.empty());
  CHECK(m.findings.empty());
  CHECK(m.fields.capacity() == capacity);
  CHECK(m.status == 0);
  CHECK(m.parsed);
  CHECK(m.body_size == 0u);
  CHECK(describe(m) == describe(wire_message{}));
}

TEST_CASE("read_requests, to_request: requests that outlive the reader", "[wire]") {
  std::vector<wire_finding> findings;
  auto const reqs = read_requests(
      "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
      "GET /b HTTP/1.0\r\nRange: bytes=0-1\r\n\r\n"
      "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
      "G@T /d HTTP/1.1\r\n\r\n"
      "HEAD / HTTP/1.1\r\n\r\n",
      &findings);
  REQUIRE(reqs.size() == 4);
  CHECK(reqs[0]->method == "POST");
  CHECK(reqs[0]->target == "/a");
  CHECK(reqs[1]->version == 10);
  REQUIRE(reqs[1]->fields.size() == 1);
  CHECK(reqs[1]->fields[0].name == "Range");
  CHECK(reqs[1]->fields[0].value == "bytes=0-1");
  auto const ctx = reqs[1]->context();
  CHECK(ctx.method == "GET");
  CHECK(ctx.version == 10);
  CHECK(ctx.fields.size() == 1);
  CHECK(reqs[2]->method == "PUT");
  CHECK(reqs[3]->method == "HEAD");
  // "G@T" is not a token (RFC 9110 §9.1): not a request line.
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == wire_rule::unparseable_input);
}

TEST_CASE("wire_reader: on_header sees each header section before its content", "[wire]") {
  std::string const in =
      "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
      "GET /b HTTP/1.1\r\nHost: a\r\n\r\n"
      "POST /c HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n";
  std::vector<std::string> seen;
  respolicy::wire_reader r{
      respolicy::wire_options{.kind = respolicy::message_kind::request},
      [&](respolicy::wire_message& m) { seen.push_back("message " + std::string(m.target)); }};
  r.on_header([&](respolicy::wire_message const& m, std::uint64_t content_at, bool content) {
    seen.push_back("header " + std::string(m.target) + " " + std::to_string(content_at) + " " +
                   (content ? "content" : "none"));
  });
  // Fed in two pieces, the first ending inside the first request's content.
  r.feed(in.substr(0, 50));
  r.feed(in.substr(50));
  r.finish();
  CHECK(seen == std::vector<std::string>{"header /a 48 content", "message /a", "header /b 81 none",
                                         "message /b", "header /c 129 none", "message /c"});
}
