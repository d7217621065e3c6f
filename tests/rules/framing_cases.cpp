//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.1: framing and body.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr std::string_view conditional_get = "GET\nIf-None-Match: \"x\"";

constexpr rule_case cases[] = {
    // RFC 9110 §15.2, §6.4.1: a 1xx ends with its header section.
    {"no-content-1xx", breaks, "100\n\nabc"},
    {"no-content-1xx", breaks, "100\n@size: unknown"},
    {"no-content-1xx", breaks, "103\nLink: </style.css>; rel=preload\n~X-Checksum: 1"},
    {"no-content-1xx", near_miss, "103\nLink: </style.css>; rel=preload"},
    {"no-content-1xx", near_miss, "100"},

    // RFC 9110 §15.3.5
    {"no-content-204", breaks, "204\n\nabc"},
    {"no-content-204", breaks, "204\n@size: unknown"},
    {"no-content-204", breaks, "204\nETag: \"x\"\n~X-Checksum: 1"},
    {"no-content-204", near_miss, "204\nETag: \"x\""},

    // RFC 9110 §15.4.5
    {"no-content-304", breaks, "304\nETag: \"x\"\n\nabc"},
    {"no-content-304", breaks, "304\nETag: \"x\"\n~X-Checksum: 1"},
    {"no-content-304", near_miss, "304\nETag: \"x\"\nContent-Length: 3"},

    // RFC 9110 §15.3.6
    {"no-content-205", breaks, "205\nContent-Length: 3\n\nabc"},
    {"no-content-205", breaks, "205\nConnection: close\n@size: unknown"},
    {"no-content-205", near_miss, "205\nContent-Length: 0"},

    // RFC 7231 §6.3.6; RFC 9112 §6.3
    {"205-zero-length-framing", breaks, "205"},
    {"205-zero-length-framing", near_miss, "205\nContent-Length: 0"},
    {"205-zero-length-framing", near_miss, "205\nTransfer-Encoding: chunked"},
    {"205-zero-length-framing", near_miss, "205\nConnection: close"},
    {"205-zero-length-framing", near_miss, "205", "HEAD"},

    // RFC 9110 §9.3.2
    {"head-no-content", breaks, "200\nContent-Length: 3\n\nabc", "HEAD"},
    {"head-no-content", breaks, "404\nTransfer-Encoding: chunked\n@size: unknown", "HEAD"},
    {"head-no-content", near_miss, "200\nContent-Length: 3", "HEAD"},
    {"head-no-content", near_miss, "200\nContent-Length: 3\n\nabc", "GET"},

    // RFC 9110 §9.3.6
    {"connect-2xx-no-content", breaks, "200\n\nabc", "CONNECT"},
    {"connect-2xx-no-content", breaks, "200\n@size: unknown", "CONNECT"},
    {"connect-2xx-no-content", near_miss, "200", "CONNECT"},
    {"connect-2xx-no-content", near_miss,
     "407\nProxy-Authenticate: Basic realm=\"proxy\"\nContent-Length: 3\n\nabc", "CONNECT"},

    // RFC 9110 §8.6: even Content-Length: 0.
    {"no-content-length-1xx-204", breaks, "204\nContent-Length: 0"},
    {"no-content-length-1xx-204", breaks, "100\nContent-Length: 0"},
    {"no-content-length-1xx-204", near_miss, "200\nContent-Length: 0"},
    {"no-content-length-1xx-204", near_miss, "304\nETag: \"x\"\nContent-Length: 1234"},

    // RFC 9110 §8.6, §9.3.6
    {"no-content-length-connect-2xx", breaks, "200\nContent-Length: 0", "CONNECT"},
    {"no-content-length-connect-2xx", near_miss,
     "407\nProxy-Authenticate: Basic realm=\"proxy\"\nContent-Length: 5\n\nlogin", "CONNECT"},
    {"no-content-length-connect-2xx", near_miss, "200\nContent-Length: 0", "GET"},

    // RFC 9112 §6.1. Transfer-Encoding on a HEAD response or a 304 only names the coding a GET
    // would get (transfer-encoding-head-304-allowed).
    {"no-transfer-encoding-1xx-204", breaks, "204\nTransfer-Encoding: chunked"},
    {"no-transfer-encoding-1xx-204", breaks, "100\nTransfer-Encoding: chunked"},
    {"no-transfer-encoding-1xx-204", near_miss, "200\nTransfer-Encoding: chunked", "HEAD"},
    {"no-transfer-encoding-1xx-204", near_miss, "304\nETag: \"x\"\nTransfer-Encoding: chunked",
     conditional_get},

    // RFC 9112 §6.1; RFC 9110 §9.3.6
    {"no-transfer-encoding-connect-2xx", breaks, "200\nTransfer-Encoding: chunked", "CONNECT"},
    {"no-transfer-encoding-connect-2xx", near_miss,
     "502\nTransfer-Encoding: chunked\n@size: unknown", "CONNECT"},

    // RFC 9112 §6.2: any message, a HEAD response too.
    {"no-content-length-with-transfer-encoding", breaks,
     "200\nTransfer-Encoding: chunked\nContent-Length: 3\n\nabc"},
    {"no-content-length-with-transfer-encoding", breaks,
     "200\nTransfer-Encoding: chunked\nContent-Length: 3", "HEAD"},
    {"no-content-length-with-transfer-encoding", near_miss,
     "200\nTransfer-Encoding: chunked\n\nabc"},

    // RFC 9112 §6.1
    {"transfer-encoding-needs-http11-request", breaks,
     "200\nTransfer-Encoding: chunked\n@size: unknown", "GET HTTP/1.0"},
    {"transfer-encoding-needs-http11-request", breaks, "200\nTransfer-Encoding: chunked",
     "HEAD HTTP/1.0"},
    {"transfer-encoding-needs-http11-request", near_miss,
     "200\nTransfer-Encoding: chunked\n@size: unknown", "GET"},
    {"transfer-encoding-needs-http11-request", near_miss,
     "200\nTransfer-Encoding: chunked\n@size: unknown", "GET HTTP/?"},
    {"transfer-encoding-needs-http11-request", near_miss, "200\nConnection: close\n@size: unknown",
     "GET HTTP/1.0"},

    // RFC 9112 §6.1
    {"transfer-encoding-chunked-last", breaks, "200\nTransfer-Encoding: gzip\n@size: unknown"},
    {"transfer-encoding-chunked-last", breaks,
     "200\nTransfer-Encoding: chunked, gzip\n@size: unknown"},
    {"transfer-encoding-chunked-last", breaks,
     "200\nTransfer-Encoding: chunked\nTransfer-Encoding: gzip\n@size: unknown"},
    {"transfer-encoding-chunked-last", near_miss,
     "200\nTransfer-Encoding: gzip\nConnection: close\n@size: unknown"},
    {"transfer-encoding-chunked-last", near_miss,
     "200\nTransfer-Encoding: gzip, Chunked\n@size: unknown"},
    {"transfer-encoding-chunked-last", near_miss,
     "200\nTransfer-Encoding: gzip\nTransfer-Encoding: chunked\n@size: unknown"},
    {"transfer-encoding-chunked-last", near_miss, "200\nTransfer-Encoding: gzip", "HEAD"},
    {"transfer-encoding-chunked-last", near_miss, "304\nETag: \"x\"\nTransfer-Encoding: gzip",
     conditional_get},

    // RFC 9112 §6.1
    {"transfer-encoding-chunked-once", breaks,
     "200\nTransfer-Encoding: chunked, chunked\n@size: unknown"},
    {"transfer-encoding-chunked-once", breaks,
     "200\nTransfer-Encoding: chunked\nTransfer-Encoding: chunked\n@size: unknown"},
    {"transfer-encoding-chunked-once", near_miss,
     "200\nTransfer-Encoding: gzip, chunked\n@size: unknown"},

    // RFC 9112 §7.1, §7.2
    {"transfer-coding-no-params", breaks, "200\nTransfer-Encoding: chunked;ext=1\n@size: unknown"},
    {"transfer-coding-no-params", breaks,
     "200\nTransfer-Encoding: gzip ; level=9, chunked\n@size: unknown"},
    {"transfer-coding-no-params", near_miss,
     "200\nTransfer-Encoding: gzip, chunked\n@size: unknown"},

    // RFC 9112 §7, §12.3: br is a content coding; trailers is reserved, never a coding.
    {"transfer-coding-registered", breaks, "200\nTransfer-Encoding: br, chunked\n@size: unknown"},
    {"transfer-coding-registered", breaks,
     "200\nTransfer-Encoding: trailers, chunked\n@size: unknown"},
    {"transfer-coding-registered", near_miss,
     "200\nTransfer-Encoding: x-gzip, chunked\n@size: unknown"},
    {"transfer-coding-registered", near_miss,
     "200\nTransfer-Encoding: compress, deflate, chunked\n@size: unknown"},

    // RFC 9110 §8.6; RFC 9112 §6.3
    {"content-length-accurate", breaks, "200\nContent-Length: 10\n\nabc"},
    {"content-length-accurate", breaks, "200\nContent-Length: 2\n\nabc"},
    {"content-length-accurate", breaks, "404\nContent-Length: 0\n@size: 9"},
    {"content-length-accurate", near_miss, "200\nContent-Length: 3\n\nabc"},
    {"content-length-accurate", near_miss, "200\nContent-Length: 3", "HEAD"},
    {"content-length-accurate", near_miss, "304\nETag: \"x\"\nContent-Length: 3"},

    // RFC 9110 §8.6
    {"content-length-syntax", breaks, "200\nContent-Length: 3, 3\n\nabc"},
    {"content-length-syntax", breaks, "200\nContent-Length: +3\n\nabc"},
    {"content-length-syntax", breaks, "200\nContent-Length: 0x3\n\nabc"},
    {"content-length-syntax", breaks, "200\nContent-Length: -1"},
    {"content-length-syntax", breaks, "200\nContent-Length: 3\nContent-Length: three\n\nabc"},
    {"content-length-syntax", near_miss, "200\nContent-Length: 003\n\nabc"},

    // RFC 9110 §8.6
    {"content-length-head-matches-get", breaks, "200\nContent-Length: 0", "HEAD", "200\n\nhello"},
    {"content-length-head-matches-get", breaks, "200\nContent-Length: 4", "HEAD",
     "200\nContent-Length: 5\n\nhello"},
    {"content-length-head-matches-get", breaks, "200\nContent-Length: 0", "HEAD",
     "200\nContent-Length: 5"},
    {"content-length-head-matches-get", near_miss, "200\nContent-Length: 5", "HEAD",
     "200\nContent-Length: 5\n\nhello"},
    {"content-length-head-matches-get", near_miss, "200", "HEAD", "200\n\nhello"},
    {"content-length-head-matches-get", near_miss,
     "206\nContent-Range: bytes 0-2/5\nContent-Length: 3\n\nhel", "GET\nRange: bytes=0-2",
     "200\nContent-Length: 5\n\nhello"},

    // RFC 9110 §8.6
    {"content-length-304-matches-200", breaks, "304\nETag: \"x\"\nContent-Length: 0",
     conditional_get, "200\nETag: \"x\"\nContent-Length: 5\n\nhello"},
    {"content-length-304-matches-200", near_miss, "304\nETag: \"x\"\nContent-Length: 5",
     conditional_get, "200\nETag: \"x\"\nContent-Length: 5\n\nhello"},
    {"content-length-304-matches-200", near_miss, "304\nETag: \"x\"", conditional_get,
     "200\nETag: \"x\"\nContent-Length: 5\n\nhello"},

    // RFC 9110 §8.6: an origin server; a proxy forwards what it got.
    {"content-length-when-known", breaks, "200\nContent-Type: text/plain\n\nhello"},
    {"content-length-when-known", near_miss,
     "200\nContent-Type: text/plain\nContent-Length: 5\n\nhello"},
    {"content-length-when-known",
     near_miss,
     "200\nContent-Type: text/plain\nConnection: close\n\nhello",
     {},
     {},
     "proxy"},
    {"content-length-when-known", near_miss,
     "200\nContent-Type: text/plain\nConnection: close\n@size: unknown"},
    // An invalid Content-Length is content-length-syntax's error (RFC 9112 §6.3, item 5).
    {"content-length-when-known", near_miss,
     "200\nContent-Type: text/plain\nContent-Length: 1x\n\nhello"},

    // RFC 9112 §6.3: chunked could have delimited it; a known length could have been sent.
    {"prefer-explicit-framing", breaks, "200\nConnection: close\n@size: unknown"},
    {"prefer-explicit-framing", breaks, "200\nConnection: close\n@size: unknown", "GET"},
    {"prefer-explicit-framing", breaks, "200\nConnection: close\n\nhello", {}, {}, "proxy"},
    {"prefer-explicit-framing", near_miss, "200\nConnection: close\n@size: unknown",
     "GET HTTP/1.0"},
    {"prefer-explicit-framing", near_miss, "HTTP/1.0 200\nConnection: close\n@size: unknown"},
    {"prefer-explicit-framing", near_miss, "200\nTransfer-Encoding: chunked\n@size: unknown",
     "GET"},

    // RFC 9112 §9.6, §9.3
    {"close-delimited-needs-connection-close", breaks, "200\n@size: unknown"},
    {"close-delimited-needs-connection-close", breaks,
     "200\nTransfer-Encoding: gzip\n@size: unknown"},
    {"close-delimited-needs-connection-close", near_miss, "200\nConnection: close\n@size: unknown"},
    {"close-delimited-needs-connection-close", near_miss,
     "200\nTransfer-Encoding: chunked\n@size: unknown"},
    {"close-delimited-needs-connection-close", near_miss, "200\nContent-Length: 1x\n\nhello"},

    // RFC 9110 §6.5.1
    {"trailer-field-permitted", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: Content-Type\n@size: unknown\n~Content-Type: "
     "text/plain"},
    {"trailer-field-permitted", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: Cache-Control\n@size: unknown\n~Cache-Control: "
     "no-store"},
    {"trailer-field-permitted", near_miss,
     "200\nTransfer-Encoding: chunked\nTrailer: ETag\n@size: unknown\n~ETag: \"x\""},
    {"trailer-field-permitted", near_miss,
     "200\nTransfer-Encoding: chunked\nTrailer: Server-Timing\n@size: unknown\n~Server-Timing: "
     "total;dur=12"},

    // RFC 9110 §6.5.1; RFC 9112 §7.1.2
    {"trailer-requires-chunked", breaks,
     "200\nContent-Length: 3\nTrailer: ETag\n~ETag: \"x\"\n\nabc"},
    {"trailer-requires-chunked", breaks,
     "200\nConnection: close\nTrailer: ETag\n@size: unknown\n~ETag: \"x\""},
    {"trailer-requires-chunked", breaks,
     "200\nTransfer-Encoding: gzip\nConnection: close\nTrailer: ETag\n@size: unknown\n~ETag: "
     "\"x\""},
    {"trailer-requires-chunked", near_miss,
     "200\nTransfer-Encoding: gzip, chunked\nTrailer: ETag\n@size: unknown\n~ETag: \"x\""},

    // RFC 9110 §6.6.2
    {"trailer-announced", breaks, "200\nTransfer-Encoding: chunked\n@size: unknown\n~ETag: \"x\""},
    {"trailer-announced", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: Server-Timing\n@size: unknown\n~ETag: \"x\""},
    {"trailer-announced", near_miss,
     "200\nTransfer-Encoding: chunked\nTrailer: etag\n@size: unknown\n~ETag: \"x\""},
    {"trailer-announced", near_miss,
     "200\nTransfer-Encoding: chunked\nTrailer: Server-Timing\nTrailer: ETag\n@size: "
     "unknown\n~Server-Timing: total;dur=12\n~ETag: \"x\""},

    // RFC 9110 §15.3.1
    {"200-empty-needs-explicit-length", breaks, "200"},
    {"200-empty-needs-explicit-length", breaks, "200\nConnection: close", "GET"},
    {"200-empty-needs-explicit-length", near_miss, "200\nContent-Length: 0"},
    {"200-empty-needs-explicit-length", near_miss, "200\nTransfer-Encoding: chunked"},
    {"200-empty-needs-explicit-length", near_miss, "200", "HEAD"},
    {"200-empty-needs-explicit-length", near_miss, "200", "CONNECT"},
};

}  // namespace

std::span<rule_case const> framing_cases() { return cases; }

}  // namespace respolicy::test
