//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// What respolicy-lint writes: input bytes shown safely on a terminal, and standard output that
// fails (a full disk, a reader that went away).

#include "process.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <fstream>
#include <string>

namespace {

using respolicy::test::child;
using respolicy::test::run_lint;
using respolicy::test::spawn_options;
using respolicy::test::temp_file;

// The bytes a terminal would act on: C0 controls but LF (the line ends), DEL, and the C1
// controls as UTF-8 (U+0080 to U+009F, which some terminals read as CSI and the like).
bool has_terminal_controls(std::string const& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto const c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7f) return true;
    if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xa0) return true;
  }
  return false;
}

bool contains(std::string const& s, std::string_view what) {
  return s.find(what) != std::string::npos;
}

std::string const no_allow_response =
    "HTTP/1.1 405 Method Not Allowed\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\n"
    "Content-Length: 0\r\n\r\n";

}  // namespace

TEST_CASE("text: control characters from the input are shown escaped", "[lint][output]") {
  // ESC sequences (cursor, colour, clear screen, a window title) in a stray line, the reason
  // phrase, a field value and a HAR entry; other C0 controls, DEL and a C1 CSI in a field value.
  temp_file raw("escapes.http",
                "\x1b[1;1Hgarbage\r\n"
                "HTTP/1.1 200 O\x1b[31mK\r\n"
                "Date: Tue, 15 Nov 1994 08:12:31 GMT\r\n"
                "X-Paint: a\x1b[2J\x1b]0;owned\x07 b\x01\x7f\xc2\x9b"
                "31m\r\n"
                "Content-Length: 0\r\n\r\n");
  temp_file har("escapes.har", R"({"log":{"entries":[{"request":{"method":"GET"},
    "response":{"status":200,"statusText":"O\u001b[31mK","httpVersion":"HTTP/1.1",
    "headers":[{"name":"X-Paint","value":"a\u001b[2Jb"},{"name":"Content-Length","value":"0"}],
    "content":{"size":0},"bodySize":0}}]}})");

  auto const r = run_lint({"--color", "never", raw.path(), har.path()});
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(contains(r.out, "field-value-no-ctl"));
  CHECK(contains(r.out, "reason-phrase-charset"));
  CHECK_FALSE(has_terminal_controls(r.out));
  CHECK_FALSE(has_terminal_controls(r.err));
  // Each shown as \xNN, nothing dropped.
  CHECK(contains(r.out, "X-Paint: a\\x1B[2J\\x1B]0;owned\\x07 b\\x01\\x7F\\xC2\\x9B31m"));
  CHECK(contains(r.out, "X-Paint: a\\x1B[2Jb"));
  CHECK(contains(r.out, "\\x1B[1;1Hgarbage"));
  // Text that is UTF-8 stays as it is.
  CHECK(contains(r.out, "RFC 9110 \xc2\xa7"));
}

TEST_CASE("output: a write error is exit 2 with a message", "[lint][output]") {
  int const full = ::open("/dev/full", O_WRONLY);
  REQUIRE(full >= 0);
  std::string const corpus = RESPOLICY_CLI_CORPUS;
  for (auto const& format : {"text", "json"}) {
    child c({"--format", format, corpus + "/405_no_allow.http"}, spawn_options{.stdout_fd = full});
    int const status = c.wait();
    INFO(format << ": " << c.err());
    CHECK(status == 2);
    CHECK(contains(c.err(), "cannot write"));
  }
  // The catalog views too.
  child c({"--list-rules"}, spawn_options{.stdout_fd = full});
  CHECK(c.wait() == 2);
  CHECK(contains(c.err(), "cannot write"));
  ::close(full);
}

TEST_CASE("output: a closed pipe ends the output quietly", "[lint][output]") {
  // `respolicy-lint capture.http | head -n 1`, after head has gone: enough output to fill the
  // pipe's buffer many times over, and errors among it.
  std::string many;
  for (int i = 0; i < 5000; ++i) many += no_allow_response;
  temp_file capture("many.http", many);
  for (auto const& format : {"text", "json"}) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ::close(fds[0]);
    child c({"--format", format, capture.path()}, spawn_options{.stdout_fd = fds[1]});
    ::close(fds[1]);
    int const status = c.wait();
    INFO(format << ": " << c.err());
    CHECK(c.signal() == 0);  // not killed by SIGPIPE
    CHECK(status == 1);      // as documented: the result for the whole input
    CHECK(c.err().empty());
  }
}
