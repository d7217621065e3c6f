//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.10: HTTP/2 and HTTP/3 (RFC 9113, RFC 9114). The near misses include the same
// response in HTTP/1.1, where these rules do not apply, and, at the end, HTTP/1.1-only rules that
// an HTTP/2 or HTTP/3 response does not break.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr rule_case cases[] = {
    // RFC 9113 §8.2.2, RFC 9114 §4.2: no connection-specific fields.
    {"no-connection-specific-fields", breaks,
     "HTTP/2 200\ncontent-type: text/plain\nconnection: keep-alive\ncontent-length: 2\n\nok"},
    {"no-connection-specific-fields", breaks,
     "HTTP/2 200\ncontent-type: text/plain\nkeep-alive: timeout=5\ncontent-length: 2\n\nok"},
    {"no-connection-specific-fields", breaks,
     "HTTP/3 200\ncontent-type: text/plain\ntransfer-encoding: chunked\n@size: unknown"},
    {"no-connection-specific-fields", breaks,
     "HTTP/3 200\ncontent-type: text/plain\nproxy-connection: close\ncontent-length: 2\n\nok"},
    {"no-connection-specific-fields", breaks,
     "HTTP/2 200\ncontent-type: text/plain\nupgrade: h2c\ncontent-length: 2\n\nok"},
    {"no-connection-specific-fields", near_miss,
     "HTTP/2 200\ncontent-type: text/plain\ncontent-length: 2\nalt-svc: h3=\":443\"\n\nok"},
    {"no-connection-specific-fields", near_miss,
     "HTTP/1.1 200\nContent-Type: text/plain\nConnection: keep-alive\nKeep-Alive: timeout=5\n"
     "Content-Length: 2\n\nok"},
    // RFC 9113 §8.2, RFC 9114 §4.2: lowercase field names.
    {"field-name-lowercase", breaks,
     "HTTP/2 200\nContent-Type: text/plain\ncontent-length: 2\n\nok"},
    {"field-name-lowercase", breaks,
     "HTTP/3 200\ncontent-type: text/plain\ncontent-length: 2\n~Server-Timing: db;dur=53\n\nok"},
    {"field-name-lowercase", near_miss,
     "HTTP/2 200\ncontent-type: text/plain\ncontent-length: 2\nx-request-id: A1B2\n\nok"},
    {"field-name-lowercase", near_miss,
     "HTTP/1.1 200\nContent-Type: text/plain\nContent-Length: 2\n\nok"},
    // RFC 9113 §8.6, RFC 9114 §4.5: no 101.
    {"101-not-in-h2-h3", breaks, "HTTP/2 101\nupgrade: websocket",
     "GET HTTP/2\nupgrade: websocket"},
    {"101-not-in-h2-h3", breaks, "HTTP/3 101"},
    {"101-not-in-h2-h3", near_miss, "HTTP/2 200\ncontent-length: 0", "CONNECT HTTP/2"},
    {"101-not-in-h2-h3", near_miss, "HTTP/1.1 101\nConnection: upgrade\nUpgrade: websocket",
     "GET\nConnection: upgrade\nUpgrade: websocket"},
    // RFC 9113 §8.3, §8.3.2: one :status, nothing else.
    {"pseudo-header-status-only", breaks,
     "HTTP/2 200\n:status: 200\n:path: /index.html\ncontent-length: 0"},
    {"pseudo-header-status-only", breaks,
     "HTTP/2 200\n:status: 200\n:status: 200\ncontent-length: 0"},
    {"pseudo-header-status-only", breaks, "HTTP/3 404\n:status: 200\ncontent-length: 0"},
    {"pseudo-header-status-only", breaks, "HTTP/3 200\n:protocol: websocket\ncontent-length: 0"},
    {"pseudo-header-status-only", near_miss,
     "HTTP/2 404\n:status: 404\ncontent-type: text/plain\ncontent-length: 2\n\nno"},
    {"pseudo-header-status-only", near_miss,
     "HTTP/3 200\ncontent-length: 0"},  // a capture that leaves the pseudo-header fields out
    // RFC 9113 §8.3: pseudo-header fields first.
    {"pseudo-header-before-fields", breaks,
     "HTTP/2 200\ncontent-type: text/plain\n:status: 200\ncontent-length: 2\n\nok"},
    {"pseudo-header-before-fields", near_miss,
     "HTTP/2 200\n:status: 200\ncontent-type: text/plain\ncontent-length: 2\n\nok"},
    // RFC 9113 §8.3: none in trailers.
    {"pseudo-header-not-in-trailers", breaks,
     "HTTP/2 200\n:status: 200\ncontent-type: text/plain\ntrailer: server-timing\n"
     "~:status: 200\n~server-timing: db;dur=53\n\nok"},
    {"pseudo-header-not-in-trailers", near_miss,
     "HTTP/2 200\n:status: 200\ncontent-type: text/plain\ntrailer: server-timing\n"
     "~server-timing: db;dur=53\n\nok"},

    // RFC 9113 §8.1.1, RFC 9114 §4.1.2: Content-Length equals the content in every version.
    {"content-length-accurate", breaks,
     "HTTP/2 200\ncontent-type: text/plain\ncontent-length: 10\n\nhello"},
    {"content-length-accurate", breaks,
     "HTTP/3 200\ncontent-type: text/plain\ncontent-length: 3\n\nhello"},

    // HTTP/1.1-only rules (rule_info::protocols): their HTTP/1.1 breaks do not break them in
    // HTTP/2 or HTTP/3, where the message syntax and connection management are the protocol's.
    {"no-content-length-with-transfer-encoding", near_miss,
     "HTTP/2 200\ncontent-type: text/plain\ntransfer-encoding: chunked\ncontent-length: 2\n\nok"},
    {"reason-phrase-registered", near_miss,
     "HTTP/2 200 Fine\ncontent-type: text/plain\ncontent-length: 2\n\nok"},
    {"status-line-sp-before-empty-reason", near_miss,
     "HTTP/2 200 \"\"\ncontent-type: text/plain\ncontent-length: 2\n\nok"},
    {"content-length-when-known", near_miss, "HTTP/2 200\ncontent-type: text/plain\n\nok"},
    {"200-empty-needs-explicit-length", near_miss, "HTTP/3 200\ncontent-type: text/plain"},
    {"connection-close-echo", near_miss, "HTTP/2 200\ncontent-length: 0",
     "GET HTTP/2\nconnection: close"},
    {"426-upgrade-required", near_miss, "HTTP/2 426\ncontent-length: 0"},
    {"field-name-token", near_miss,  // a pseudo-header field is not a field
     "HTTP/2 200\n:status: 200\ncontent-type: text/plain\ncontent-length: 2\n\nok"},
    {"field-name-token", breaks,  // in HTTP/1.1 it is a field name with a colon
     "HTTP/1.1 200\n:status: 200\nContent-Type: text/plain\nContent-Length: 2\n\nok"},
};

}  // namespace

std::span<rule_case const> protocol_cases() { return cases; }

}  // namespace respolicy::test
