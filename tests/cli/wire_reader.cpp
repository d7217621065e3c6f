//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/wire.hpp>

#include "linter.hpp"
#include "process.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

namespace {

using namespace respolicy;
using namespace respolicy::lint;

// What a reader delivered, in a form two runs can be compared by.
struct summary {
  std::vector<std::string> lines;
  bool operator==(summary const&) const = default;
};

summary read_in_pieces(std::string const& input, std::vector<std::size_t> const& cuts, bool raw) {
  summary s;
  wire_options o;
  o.raw = raw;
  wire_reader r(o, [&](wire_message& m) {
    std::string line = std::to_string(m.offset) + " " + (m.parsed ? "parsed" : "unparsed") + " " +
                       std::to_string(m.status) + " " +
                       (m.body_size ? std::to_string(*m.body_size) : "?") + " fields " +
                       std::to_string(m.fields.size());
    for (auto const& f : m.fields) line += " " + std::string(f.name) + "=" + std::string(f.value);
    for (auto const& f : m.findings) line += " [" + std::string(f.rule) + "]";
    s.lines.push_back(line);
  });
  std::size_t at = 0;
  for (auto c : cuts) {
    // Exact-size heap copies, so AddressSanitizer sees any read past a piece.
    std::unique_ptr<char[]> piece(new char[c - at]);
    std::memcpy(piece.get(), input.data() + at, c - at);
    r.feed({piece.get(), c - at});
    at = c;
  }
  std::unique_ptr<char[]> rest(new char[input.size() - at + 1]);
  std::memcpy(rest.get(), input.data() + at, input.size() - at);
  r.feed({rest.get(), input.size() - at});
  r.finish();
  return s;
}

std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  for (auto const& e : std::filesystem::directory_iterator(RESPOLICY_CLI_CORPUS))
    if (e.path().extension() == ".http") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// A sink that keeps the entries.
struct keep_sink : sink {
  std::vector<lint_entry> entries;
  void entry(lint_entry const& e) override { entries.push_back(e); }
};

}  // namespace

TEST_CASE("wire_reader: any split of the input reads the same messages", "[lint][wire]") {
  for (auto const& path : corpus_files()) {
    auto const input = respolicy::test::read_all(path);
    for (bool raw : {false, true}) {
      auto const whole = read_in_pieces(input, {}, raw);
      INFO(path << (raw ? " (raw)" : ""));
      for (std::size_t cut = 1; cut < input.size(); ++cut) {
        auto const split = read_in_pieces(input, {cut}, raw);
        INFO("split at " << cut);
        REQUIRE(split == whole);
      }
      std::vector<std::size_t> bytes;
      for (std::size_t i = 1; i < input.size(); ++i) bytes.push_back(i);
      REQUIRE(read_in_pieces(input, bytes, raw) == whole);
    }
  }
}

TEST_CASE("wire_reader: a truncated response is always an error", "[lint][wire]") {
  auto const input = respolicy::test::read_all(std::string(RESPOLICY_CLI_CORPUS) + "/ok_200.http");
  respolicy::lint::settings cfg;
  cfg.wire.raw = true;
  for (std::size_t n = 1; n < input.size(); ++n) {
    keep_sink out;
    linter l(cfg, out);
    std::size_t index = 0;
    wire_reader r(cfg.wire, [&](wire_message& m) { l.message("t", ++index, m); });
    r.feed(std::string_view(input).substr(0, n));
    r.finish();
    INFO("cut after " << n << " bytes");
    CHECK(l.counts().errors > 0);
  }
}

TEST_CASE("wire_reader: random bytes never crash and are reported", "[lint][wire]") {
  std::mt19937 rng(20260127);
  auto const seed = respolicy::test::read_all(std::string(RESPOLICY_CLI_CORPUS) + "/two_ok.http");
  for (int round = 0; round < 2000; ++round) {
    std::string input;
    if (round % 2 == 0) {
      input.resize(std::uniform_int_distribution<std::size_t>(1, 600)(rng));
      for (auto& c : input) c = static_cast<char>(rng());
    } else {
      // A valid capture with a few bytes changed, inserted or removed: nearer the edge cases.
      input = seed;
      for (int k = 0; k < 4; ++k) {
        auto const at = std::uniform_int_distribution<std::size_t>(0, input.size() - 1)(rng);
        switch (rng() % 3) {
          case 0: input[at] = static_cast<char>(rng()); break;
          case 1: input.insert(at, 1, "\r\n :0aF"[rng() % 7]); break;
          default: input.erase(at, 1); break;
        }
      }
    }
    bool const blank = input.find_first_not_of("\r\n") == std::string::npos;
    for (bool raw : {false, true}) {
      respolicy::lint::settings cfg;
      cfg.wire.raw = raw;
      keep_sink out;
      linter l(cfg, out);
      std::size_t index = 0;
      wire_reader r(cfg.wire, [&](wire_message& m) { l.message("t", ++index, m); });
      auto const cut = input.size() / 2;
      r.feed(std::string_view(input).substr(0, cut));
      r.feed(std::string_view(input).substr(cut));
      r.finish();
      if (!blank) CHECK(index > 0);
    }
  }
}

TEST_CASE("wire_reader: a 10 MB header section is refused, not buffered", "[lint][wire]") {
  for (bool newlines : {true, false}) {
    std::size_t messages = 0;
    bool too_large = false;
    wire_options o;
    wire_reader r(o, [&](wire_message& m) {
      ++messages;
      for (auto const& f : m.findings) too_large |= f.rule == wire_rule::header_section_too_large;
    });
    r.feed("HTTP/1.1 200 OK\r\n");
    std::string const chunk =
        newlines ? std::string(64 * 1024 - 2, 'a') + "\r\n" : std::string(64 * 1024, 'a');
    std::string line = chunk;
    if (newlines) line.replace(0, 4, "X-A:");
    for (int i = 0; i < 160; ++i) r.feed(line);
    r.feed("\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n");
    r.finish();
    INFO((newlines ? "many lines" : "one line"));
    CHECK(too_large);
    CHECK(messages >= 1);
  }
}

TEST_CASE("wire_reader: 64 MiB of content streams through", "[lint][wire]") {
  std::uint64_t const size = 64ull << 20;
  std::optional<std::uint64_t> got;
  std::size_t kept = 1;
  wire_options o;
  wire_reader r(o, [&](wire_message& m) {
    got = m.body_size;
    kept = m.body.size();
  });
  r.feed("HTTP/1.1 200 OK\r\nContent-Type: application/problem+json\r\nContent-Length: " +
         std::to_string(size) + "\r\n\r\n");
  std::string const block(1 << 20, 'x');
  for (std::uint64_t i = 0; i < size / block.size(); ++i) r.feed(block);
  r.finish();
  REQUIRE(got);
  CHECK(*got == size);
  CHECK(kept == 0);  // beyond max_kept_body: counted, not kept
}

TEST_CASE("read_requests: request lines, fields and bodies", "[lint][wire]") {
  std::vector<wire_finding> findings;
  auto const reqs = read_requests(
      "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
      "GET /b HTTP/1.0\r\nRange: bytes=0-1\r\n\r\n"
      "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
      "nonsense\r\n\r\nHEAD / HTTP/1.1\r\n\r\n",
      &findings);
  REQUIRE(reqs.size() == 4);
  CHECK(reqs[0]->method == "POST");
  CHECK(reqs[1]->version == 10);
  REQUIRE(reqs[1]->fields.size() == 1);
  CHECK(reqs[1]->fields[0].value == "bytes=0-1");
  CHECK(reqs[2]->method == "PUT");
  CHECK(reqs[3]->method == "HEAD");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == wire_rule::unparseable_input);
}

TEST_CASE("respolicy-lint: hostile input exits 1 or 2 with a diagnostic", "[lint][cli]") {
  using respolicy::test::run_lint;
  auto const dir = respolicy::test::temp_path("hostile");
  std::mt19937 rng(7);
  SECTION("random bytes") {
    std::string junk(1 << 16, '\0');
    for (auto& c : junk) c = static_cast<char>(rng());
    std::ofstream(dir, std::ios::binary) << junk;
    auto const r = run_lint({dir});
    CHECK(r.status == 1);
    CHECK(r.out.find("unparseable-input") != std::string::npos);
  }
  SECTION("a 10 MB header section") {
    std::ofstream f(dir, std::ios::binary);
    f << "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 10 * 1024; ++i)
      f << "X-Filler-" << i << ": " << std::string(1000, 'v') << "\r\n";
    f << "\r\n";
    f.close();
    auto const r = run_lint({"--format", "json", dir});
    CHECK(r.status == 1);
    CHECK(r.out.find("header-section-too-large") != std::string::npos);
  }
  SECTION("truncated messages") {
    auto const ok = respolicy::test::read_all(std::string(RESPOLICY_CLI_CORPUS) + "/ok_200.http");
    for (std::size_t n : {std::size_t{5}, std::size_t{40}, ok.size() - 3}) {
      std::ofstream(dir, std::ios::binary) << ok.substr(0, n);
      auto const r = run_lint({"--raw", dir});
      INFO("cut after " << n << ": " << r.out);
      CHECK(r.status == 1);
      CHECK(r.out.find("error ") != std::string::npos);
    }
  }
  std::remove(dir.c_str());
}
