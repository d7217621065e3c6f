//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Where respolicy-lint once judged a published corpus otherwise than an independent checker and
// RFC 9110/9111/9112 side with the other checker: each reproducer as a user would run it, with a
// near miss that keeps the rule reporting what it must. The unregistered codes that are seen in
// practice (--explain, --list-statuses).

#include "process.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

namespace {

using respolicy::test::run_lint;
using respolicy::test::temp_file;

bool contains(std::string const& s, std::string_view what) {
  return s.find(what) != std::string::npos;
}

std::string const date = "Date: Sun, 22 Nov 2026 10:00:00 GMT\r\n";

// A single-range 206 of "hello" with the given validator line, no Content-Type.
std::string partial(std::string const& validator) {
  return "HTTP/1.1 206 Partial Content\r\n" + date + validator +
         "\r\nContent-Range: bytes 0-4/10\r\nContent-Length: 5\r\n\r\nhello";
}

std::string const if_range_request =
    "GET /r HTTP/1.1\r\nHost: a\r\nRange: bytes=0-4\r\nIf-Range: \"v1\"\r\n\r\n";

}  // namespace

TEST_CASE("206-if-range-match: decided from the 206's own validators", "[lint][differences]") {
  // RFC 9110 §13.1.5: a recipient MUST ignore the Range field when If-Range evaluates to false;
  // the 206's ETag is the selected representation's, so no matching 200 is needed.
  temp_file req("if-range.req", if_range_request);
  temp_file other("etag-v2.http", partial("ETag: \"v2\""));
  auto const r = run_lint({"--raw", "--request", req.path(), other.path()});
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(contains(r.out, "error 206-if-range-match"));

  temp_file same("etag-v1.http", partial("ETag: \"v1\""));
  auto const m = run_lint({"--raw", "--request", req.path(), same.path()});
  INFO(m.out << m.err);
  CHECK_FALSE(contains(m.out, "206-if-range-match"));
}

TEST_CASE("content-type-present: not asked of a 206 that answers If-Range", "[lint][differences]") {
  // RFC 9110 §15.3.7: such a 206 SHOULD NOT carry representation fields beyond those required.
  temp_file req("if-range.req", if_range_request);
  temp_file res("etag-v1.http", partial("ETag: \"v1\""));
  auto const r = run_lint({"--raw", "--request", req.path(), res.path()});
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK_FALSE(contains(r.out, "content-type-present"));

  // Near miss: without If-Range the 206 carries the 200's representation fields.
  temp_file plain("range.req", "GET /r HTTP/1.1\r\nHost: a\r\nRange: bytes=0-4\r\n\r\n");
  auto const m = run_lint({"--raw", "--request", plain.path(), res.path()});
  INFO(m.out << m.err);
  CHECK(contains(m.out, "content-type-present"));
}

TEST_CASE("no-duplicate-singleton-field: a field in both the header and the trailer section",
          "[lint][differences]") {
  // RFC 9110 §5.3: no several lines of a singleton field "in a message (whether in the headers or
  // trailers)".
  temp_file res("trailer-dup.http",
                "HTTP/1.1 200 OK\r\n" + date +
                    "Content-Type: text/plain\r\nETag: \"a\"\r\nTransfer-Encoding: chunked\r\n"
                    "Trailer: ETag\r\n\r\n2\r\nhi\r\n0\r\nETag: \"b\"\r\n\r\n");
  auto const r = run_lint({"--raw", "--method", "GET", res.path()});
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(contains(r.out, "error no-duplicate-singleton-field"));
  CHECK(contains(r.out, "| ETag: \"b\""));

  temp_file once("trailer-once.http",
                 "HTTP/1.1 200 OK\r\n" + date +
                     "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"
                     "Trailer: ETag\r\n\r\n2\r\nhi\r\n0\r\nETag: \"b\"\r\n\r\n");
  auto const m = run_lint({"--raw", "--method", "GET", once.path()});
  INFO(m.out << m.err);
  CHECK_FALSE(contains(m.out, "no-duplicate-singleton-field"));
}

TEST_CASE("cc-no-duplicates-or-conflicts: s-maxage with a qualified private",
          "[lint][differences]") {
  // RFC 9111 §5.2.2.7: a qualified private names the fields a shared cache must not store; it
  // may store the rest of the response, for s-maxage seconds.
  auto cc = [](std::string const& value) {
    return "HTTP/1.1 200 OK\r\n" + date + "ETag: \"a\"\r\nContent-Type: text/plain\r\n" +
           "Cache-Control: " + value + "\r\nContent-Length: 2\r\n\r\nhi";
  };
  temp_file qualified("private-qualified.http", cc("s-maxage=60, private=\"Set-Cookie\""));
  auto const r = run_lint({"--raw", "--method", "GET", qualified.path()});
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK_FALSE(contains(r.out, "cc-no-duplicates-or-conflicts"));

  temp_file bare("private.http", cc("s-maxage=60, private"));
  auto const m = run_lint({"--raw", "--method", "GET", bare.path()});
  INFO(m.out << m.err);
  CHECK(contains(m.out, "cc-no-duplicates-or-conflicts"));
}

TEST_CASE("field_line: a finding shows the line at fault", "[lint][differences]") {
  temp_file res("vary.http", "HTTP/1.1 200 OK\r\n" + date +
                                 "ETag: \"a\"\r\nContent-Type: text/plain\r\nVary: Accept\r\n"
                                 "Vary: Origin,,Accept-Encoding\r\nContent-Length: 2\r\n\r\nhi");
  auto const t = run_lint({"--raw", "--method", "GET", res.path()});
  INFO(t.out << t.err);
  CHECK(t.status == 1);
  CHECK(contains(t.out, "no-empty-list-elements"));
  CHECK(contains(t.out, "| Vary: Origin,,Accept-Encoding\n"));
  CHECK_FALSE(contains(t.out, "| Vary: Accept\n"));

  auto const j = run_lint({"--raw", "--format", "json", "--method", "GET", res.path()});
  INFO(j.out << j.err);
  CHECK(contains(j.out, "\"field_line\":\"Vary: Origin,,Accept-Encoding\""));
  CHECK_FALSE(contains(j.out, "\"field_line\":\"Vary: Accept\""));
}

TEST_CASE("transcript: content that starts like a status line is content", "[lint][differences]") {
  // RFC 9112 §6.3: Content-Length gives the length of the content that follows.
  temp_file res("quaint.http", "HTTP/1.1 200 OK\r\n" + date +
                                   "ETag: \"a\"\r\nContent-Type: text/plain\r\n"
                                   "Content-Length: 23\r\n\r\nHTTP/1.1? How quaint.\r\n");
  auto const r = run_lint({"--method", "GET", res.path()});
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK_FALSE(contains(r.out, "unparseable-input"));
  CHECK_FALSE(contains(r.out, "capture-note"));
  CHECK(contains(r.out, "1 response in 1 input"));

  // Even a whole status line, when the announced length of content is there.
  temp_file line("status-line-content.http", "HTTP/1.1 200 OK\r\n" + date +
                                                 "ETag: \"a\"\r\nContent-Type: text/plain\r\n"
                                                 "Content-Length: 17\r\n\r\nHTTP/1.1 200 OK\r\n");
  auto const w = run_lint({"--method", "GET", line.path()});
  INFO(w.out << w.err);
  CHECK(w.status == 0);
  CHECK(contains(w.out, "1 response in 1 input"));
}

TEST_CASE("response-version: not guessed without the request's version", "[lint][differences]") {
  temp_file res("http10.http",
                "HTTP/1.0 200 OK\r\n" + date + "Content-Type: text/plain\r\n\r\nhello");
  auto const r = run_lint({"--raw", "--method", "GET", res.path()});
  INFO(r.out << r.err);
  CHECK_FALSE(contains(r.out, "response-version"));

  // Near miss: the request says HTTP/1.1.
  temp_file req("http11.req", "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
  auto const m = run_lint({"--raw", "--request", req.path(), res.path()});
  INFO(m.out << m.err);
  CHECK(contains(m.out, "response-version"));
}

TEST_CASE("411-needs-missing-length: a Content-Length that is not one is missing",
          "[lint][differences]") {
  // RFC 9110 §15.5.12: 411 refuses a request "without a defined Content-Length".
  temp_file res("411.http", "HTTP/1.1 411 Length Required\r\n" + date +
                                "Content-Type: text/plain\r\nContent-Length: 14\r\n\r\n"
                                "length needed\n");
  temp_file bad("bad-length.req", "POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 16.001\r\n\r\n");
  auto const r = run_lint({"--raw", "--request", bad.path(), res.path()});
  INFO(r.out << r.err);
  CHECK_FALSE(contains(r.out, "411-needs-missing-length"));

  temp_file good("length.req", "POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
  auto const m = run_lint({"--raw", "--request", good.path(), res.path()});
  INFO(m.out << m.err);
  CHECK(contains(m.out, "411-needs-missing-length"));
}

TEST_CASE("content-length-syntax: no close-delimited follow-on findings", "[lint][differences]") {
  // RFC 9112 §6.3: an invalid Content-Length is an unrecoverable error; how a close would have
  // delimited the content is beside the point.
  temp_file res("bad-length.http", "HTTP/1.1 200 OK\r\n" + date +
                                       "ETag: \"a\"\r\nContent-Type: text/plain\r\n"
                                       "Content-Length: 1x\r\n\r\nhello");
  auto const r = run_lint({"--raw", "--method", "GET", res.path()});
  INFO(r.out << r.err);
  CHECK(contains(r.out, "error content-length-syntax"));
  CHECK_FALSE(contains(r.out, "content-length-when-known"));
  CHECK_FALSE(contains(r.out, "close-delimited-needs-connection-close"));

  // Near miss: close-delimited content without an invalid Content-Length.
  temp_file none("no-length.http", "HTTP/1.1 200 OK\r\n" + date +
                                       "ETag: \"a\"\r\nContent-Type: text/plain\r\n\r\nhello");
  auto const m = run_lint({"--raw", "--method", "GET", none.path()});
  INFO(m.out << m.err);
  CHECK(contains(m.out, "close-delimited-needs-connection-close"));
}

TEST_CASE("content-range-valid: a unit other than bytes counts its own way",
          "[lint][differences]") {
  // RFC 9110 §14.4: Content-Range = range-unit SP ( range-resp / unsatisfied-range ).
  auto range = [](std::string const& value) {
    return "HTTP/1.1 206 Partial Content\r\n" + date +
           "ETag: \"a\"\r\nContent-Type: text/plain\r\nContent-Range: " + value +
           "\r\nContent-Length: 5\r\n\r\nhello";
  };
  temp_file pages("pages.http", range("pages 1-1/1"));
  temp_file req("pages.req", "GET /r HTTP/1.1\r\nHost: a\r\nRange: pages=1-1\r\n\r\n");
  auto const r = run_lint({"--raw", "--request", req.path(), pages.path()});
  INFO(r.out << r.err);
  CHECK_FALSE(contains(r.out, "content-range-valid"));

  temp_file bytes("bytes.http", range("bytes 5-4/10"));
  auto const m = run_lint({"--raw", "--method", "GET", bytes.path()});
  INFO(m.out << m.err);
  CHECK(contains(m.out, "content-range-valid"));
}

TEST_CASE("explain: unregistered codes seen in practice", "[lint][differences]") {
  auto const a = run_lint({"--explain", "499"});
  INFO(a.out << a.err);
  CHECK(a.status == 0);
  CHECK(contains(a.out, "not registered"));
  CHECK(contains(a.out, "nginx"));
  CHECK(contains(a.out, "closed the connection"));
  CHECK(contains(a.out, "never sent"));

  auto const b = run_lint({"--explain", "520"});
  INFO(b.out << b.err);
  CHECK(b.status == 0);
  CHECK(contains(b.out, "not registered"));
  CHECK(contains(b.out, "Cloudflare"));
  CHECK(contains(b.out, "502"));

  // IIS's sub-status codes never reach the wire; the registry's codes keep their own view, and an
  // unregistered code nobody is known to use says what any client makes of it.
  auto const iis = run_lint({"--explain", "401.1"});
  INFO(iis.out << iis.err);
  CHECK(iis.status == 0);
  CHECK(contains(iis.out, "IIS"));
  CHECK(contains(iis.out, "the status line carries 401"));
  auto const c = run_lint({"--explain", "405"});
  CHECK_FALSE(contains(c.out, "not registered"));
  auto const unknown = run_lint({"--explain", "598"});
  CHECK(unknown.status == 0);
  CHECK(contains(unknown.out, "Clients treat an unregistered code as 500"));
  CHECK_FALSE(contains(unknown.out, "used by"));

  auto const l = run_lint({"--list-statuses"});
  INFO(l.out);
  CHECK(l.status == 0);
  CHECK(contains(l.out, "not registered"));
  CHECK(contains(l.out, "444"));
  CHECK(contains(l.out, "499"));
  CHECK(contains(l.out, "520"));
  CHECK(contains(l.out, "530"));
  CHECK(contains(l.out, "401.1"));

  auto const j = run_lint({"--list-statuses", "--format", "json"});
  CHECK(contains(j.out, "\"code\":520"));
  CHECK(contains(j.out, "\"registered\":false"));
}

TEST_CASE("status-code-registered: says what a seen code is", "[lint][differences]") {
  temp_file res("520.http", "HTTP/1.1 520 Unknown Error\r\n" + date +
                                "Content-Type: text/plain\r\nContent-Length: 6\r\n\r\nerror\n");
  auto const r = run_lint({"--raw", "--method", "GET", res.path()});
  INFO(r.out << r.err);
  CHECK(contains(r.out, "status-code-registered"));
  CHECK(contains(r.out, "Cloudflare"));
  CHECK(contains(r.out, "502"));
}
