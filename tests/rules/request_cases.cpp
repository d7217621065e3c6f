//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.7: rules the request decides. A request text starting with an empty line has an
// empty method: unknown, which the method-dependent rules must not take for "not GET".

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

// The 200 with the validators the precondition cases are judged against.
constexpr std::string_view get_200_validators =
    "200\nContent-Type: text/plain\nETag: \"v1\"\nLast-Modified: Tue, 01 Dec 2026 10:00:00 "
    "GMT\nContent-Length: 10\n\n0123456789";

constexpr rule_case cases[] = {
    {"1xx-not-to-http10", breaks, "100", "PUT HTTP/1.0\nExpect: 100-continue"},
    {"1xx-not-to-http10", breaks, "103\nLink: </site.css>; rel=preload", "GET HTTP/1.0"},
    {"1xx-not-to-http10", near_miss, "103\nLink: </site.css>; rel=preload", "GET"},
    // A method without its request's version (respolicy-lint --method) is no HTTP/1.0 request.
    {"1xx-not-to-http10", near_miss, "103\nLink: </site.css>; rel=preload", "GET HTTP/?"},
    {"1xx-not-to-http10", near_miss, "200\nETag: \"v1\"\nContent-Length: 2\n\nok", "GET HTTP/1.0"},

    // Expect values are case-insensitive.
    {"100-needs-expect", breaks, "100", "PUT\nContent-Length: 5"},
    {"100-needs-expect", breaks, "100", "PUT\nExpect: 200-ok\nContent-Length: 5"},
    {"100-needs-expect", near_miss, "100", "PUT\nExpect: 100-Continue\nContent-Length: 5"},

    {"100-continue-http10-ignored", breaks, "100", "PUT HTTP/1.0\nExpect: 100-continue"},
    {"100-continue-http10-ignored", near_miss, "100", "PUT\nExpect: 100-continue"},
    {"100-continue-http10-ignored", near_miss, "204", "PUT HTTP/1.0\nExpect: 100-continue"},

    {"417-needs-expect", breaks, "417\nContent-Length: 4\n\nnope", "PUT"},
    {"417-needs-expect", near_miss, "417\nContent-Length: 4\n\nnope", "PUT\nExpect: x-fast"},

    // Every protocol of the 101 comes from the request's Upgrade; names are case-insensitive and
    // all lines of both fields count.
    {"101-needs-upgrade-request", breaks, "101\nUpgrade: websocket\nConnection: upgrade", "GET"},
    {"101-needs-upgrade-request", breaks, "101\nUpgrade: websocket\nConnection: upgrade",
     "GET\nUpgrade: h2c\nConnection: Upgrade, HTTP2-Settings"},
    {"101-needs-upgrade-request", breaks, "101\nUpgrade: websocket, h2c\nConnection: upgrade",
     "GET\nUpgrade: websocket\nConnection: Upgrade"},
    {"101-needs-upgrade-request", breaks,
     "101\nUpgrade: websocket\nUpgrade: h2c\nConnection: upgrade",
     "GET\nUpgrade: websocket\nConnection: Upgrade"},
    {"101-needs-upgrade-request", near_miss, "101\nUpgrade: WebSocket\nConnection: upgrade",
     "GET\nUpgrade: websocket\nConnection: Upgrade"},
    {"101-needs-upgrade-request", near_miss, "101\nUpgrade: websocket\nConnection: upgrade",
     "GET\nUpgrade: h2c\nUpgrade: websocket\nConnection: Upgrade"},

    {"101-not-to-http10", breaks, "101\nUpgrade: websocket\nConnection: upgrade",
     "GET HTTP/1.0\nUpgrade: websocket\nConnection: Upgrade"},
    {"101-not-to-http10", near_miss, "101\nUpgrade: websocket\nConnection: upgrade",
     "GET\nUpgrade: websocket\nConnection: Upgrade"},

    // A HEAD answer has the GET's fields, except those known only once the content is generated.
    {"head-same-fields-as-get", breaks, "200\nContent-Type: text/plain\nETag: \"v1\"", "HEAD",
     "200\nContent-Type: text/plain\nETag: \"v1\"\nCache-Control: max-age=60\nContent-Length: "
     "5\n\nhello"},
    {"head-same-fields-as-get", near_miss, "200\nContent-Type: text/plain\nETag: \"v1\"", "HEAD",
     "200\nContent-Type: text/plain\nETag: \"v1\"\nVary: Accept-Encoding\nContent-Length: "
     "5\n\nhello"},
    {"head-same-fields-as-get", near_miss, "304\nETag: \"v1\"", "HEAD\nIf-None-Match: \"v1\"",
     "200\nContent-Type: text/plain\nETag: \"v1\"\nContent-Length: 5\n\nhello"},
    // The representation metadata a HEAD sends has the GET's values.
    {"head-same-fields-as-get", breaks, "200\nContent-Type: text/html\nETag: \"v1\"", "HEAD",
     "200\nContent-Type: text/plain\nETag: \"v1\"\nContent-Length: 5\n\nhello"},
    {"head-same-fields-as-get", breaks, "200\nContent-Type: text/plain\nETag: \"v2\"", "HEAD",
     "200\nContent-Type: text/plain\nETag: \"v1\"\nContent-Length: 5\n\nhello"},
    {"head-same-fields-as-get", near_miss, "200\nContent-Type:  text/plain\nETag: \"v1\"", "HEAD",
     "200\nContent-Type: text/plain \nETag: \"v1\"\nContent-Length: 5\n\nhello"},

    // The preconditions' outcome, judged against the 200's validators (RFC 9110 §13.1, §13.2.2).
    {"if-none-match-304", breaks, "200\nETag: \"v1\"\nContent-Length: 10\n\n0123456789",
     "GET\nIf-None-Match: \"v1\"", get_200_validators},
    {"if-none-match-304", breaks, "200\nETag: \"v1\"", "HEAD\nIf-None-Match: \"v0\", W/\"v1\"",
     get_200_validators},
    {"if-none-match-304", breaks, "200\nETag: \"v1\"\nContent-Length: 10\n\n0123456789",
     "GET\nIf-None-Match: *", get_200_validators},
    {"if-none-match-304", near_miss, "304\nETag: \"v1\"", "GET\nIf-None-Match: \"v1\"",
     get_200_validators},
    {"if-none-match-304", near_miss, "200\nETag: \"v1\"\nContent-Length: 10\n\n0123456789",
     "GET\nIf-None-Match: \"v0\"", get_200_validators},
    {"if-none-match-304", near_miss, "200\nETag: \"v1\"\nContent-Length: 10\n\n0123456789",
     "GET\nIf-None-Match: \"v1\""},
    {"if-modified-since-304", breaks, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-Modified-Since: Tue, 01 Dec 2026 10:00:00 GMT", get_200_validators},
    {"if-modified-since-304", breaks, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-Modified-Since: Wed, 02 Dec 2026 10:00:00 GMT", get_200_validators},
    {"if-modified-since-304", near_miss, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-Modified-Since: Mon, 30 Nov 2026 10:00:00 GMT", get_200_validators},
    {"if-modified-since-304", near_miss, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-None-Match: \"v0\"\nIf-Modified-Since: Tue, 01 Dec 2026 10:00:00 GMT",
     get_200_validators},
    {"if-modified-since-304", near_miss, "304\nETag: \"v1\"",
     "GET\nIf-Modified-Since: Tue, 01 Dec 2026 10:00:00 GMT", get_200_validators},
    {"if-match-failed-not-performed", breaks, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-Match: \"other\"", get_200_validators},
    {"if-match-failed-not-performed", breaks, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-Match: W/\"v1\"", get_200_validators},
    {"if-match-failed-not-performed", near_miss, "412\nContent-Length: 0",
     "GET\nIf-Match: \"other\"", get_200_validators},
    {"if-match-failed-not-performed", near_miss, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-Match: \"other\", \"v1\"", get_200_validators},
    {"if-match-failed-not-performed", near_miss, "200\nContent-Length: 10\n\n0123456789",
     "GET\nIf-Match: *", get_200_validators},
    {"range-loses-to-304", breaks, "206\nContent-Range: bytes 0-0/10\nContent-Length: 1\n\n0",
     "GET\nRange: bytes=0-0\nIf-None-Match: \"v1\"", get_200_validators},
    {"range-loses-to-304", breaks, "416\nContent-Range: bytes */10\nContent-Length: 0",
     "GET\nRange: bytes=20-\nIf-Match: \"other\"", get_200_validators},
    {"range-loses-to-304", near_miss, "304\nETag: \"v1\"",
     "GET\nRange: bytes=0-0\nIf-None-Match: \"v1\"", get_200_validators},
    {"range-loses-to-304", near_miss, "206\nContent-Range: bytes 0-0/10\nContent-Length: 1\n\n0",
     "GET\nRange: bytes=0-0\nIf-None-Match: \"v0\"", get_200_validators},
    {"416-complete-length-current", breaks, "416\nContent-Range: bytes */11\nContent-Length: 0",
     "GET\nRange: bytes=20-", get_200_validators},
    {"416-complete-length-current", near_miss, "416\nContent-Range: bytes */10\nContent-Length: 0",
     "GET\nRange: bytes=20-", get_200_validators},
    {"416-complete-length-current", near_miss, "416\nContent-Range: bytes */11\nContent-Length: 0",
     "GET\nRange: bytes=20-"},

    // 206 answers a GET with Range; other methods ignore Range.
    {"206-needs-range-request", breaks,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello", "GET"},
    {"206-needs-range-request", breaks, "206\nContent-Range: bytes 0-4/10\nContent-Length: 5",
     "HEAD\nRange: bytes=0-4"},
    {"206-needs-range-request", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello", "GET\nRange: bytes=0-4"},
    {"206-needs-range-request", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello", "\nRange: bytes=0-4"},

    // If-Range holds only on a strong match with the current representation.
    {"206-if-range-match", breaks,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v2\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\"",
     "200\nETag: \"v2\"\nContent-Length: 10\n\n0123456789"},
    {"206-if-range-match", breaks,
     "206\nContent-Range: bytes 0-4/10\nETag: W/\"v1\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: W/\"v1\"",
     "200\nETag: W/\"v1\"\nContent-Length: 10\n\n0123456789"},
    {"206-if-range-match", breaks,
     "206\nContent-Range: bytes 0-4/10\nETag: W/\"v1\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\"",
     "200\nETag: W/\"v1\"\nContent-Length: 10\n\n0123456789"},
    {"206-if-range-match", breaks, "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: Tue, 15 Nov 1994 12:45:26 GMT",
     "200\nLast-Modified: Wed, 16 Nov 1994 08:00:00 GMT\nContent-Length: 10\n\n0123456789"},
    {"206-if-range-match", breaks, "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\"",
     "200\nLast-Modified: Tue, 15 Nov 1994 12:45:26 GMT\nContent-Length: 10\n\n0123456789"},
    {"206-if-range-match", near_miss,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v1\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\"",
     "200\nETag: \"v1\"\nContent-Length: 10\n\n0123456789"},
    // Without the 200: the 206's own validators are the selected representation's (§15.3.7).
    {"206-if-range-match", breaks,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v2\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\""},
    {"206-if-range-match", breaks,
     "206\nContent-Range: bytes 0-4/10\nLast-Modified: Wed, 16 Nov 1994 08:00:00 GMT\n"
     "Content-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: Tue, 15 Nov 1994 12:45:26 GMT"},
    {"206-if-range-match", near_miss,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v1\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\""},
    {"206-if-range-match", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\""},
    {"206-if-range-match", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: Tue, 15 Nov 1994 12:45:26 GMT",
     "200\nLast-Modified: Tue, 15 Nov 1994 12:45:26 GMT\nContent-Length: 10\n\n0123456789"},

    // One range requested, one part answered; a one-part multipart is fine for several ranges.
    {"206-no-multipart-for-single-range", breaks,
     "206\nContent-Type: multipart/byteranges; boundary=SEP\nContent-Length: 7\n\n--SEP--",
     "GET\nRange: bytes=0-4"},
    {"206-no-multipart-for-single-range", near_miss,
     "206\nContent-Type: multipart/byteranges; boundary=SEP\nContent-Length: 7\n\n--SEP--",
     "GET\nRange: bytes=0-4, 8-9"},

    {"416-needs-range-request", breaks, "416\nContent-Range: bytes */10\nContent-Length: 0", "GET"},
    {"416-needs-range-request", breaks, "416\nContent-Range: bytes */10\nContent-Length: 0",
     "PUT\nRange: bytes=20-30"},
    {"416-needs-range-request", near_miss,
     "416\nContent-Range: bytes */10\nContent-Length: 13\n\nout of range.",
     "GET\nRange: bytes=20-30"},
    {"416-needs-range-request", near_miss,
     "416\nContent-Range: bytes */10\nContent-Length: 13\n\nout of range.", "\nRange: bytes=20-30"},

    // 304 answers a failed If-None-Match or If-Modified-Since on GET or HEAD.
    {"304-needs-conditional-get-head", breaks, "304\nETag: \"v1\"", "GET"},
    {"304-needs-conditional-get-head", breaks, "304\nETag: \"v1\"", "GET\nIf-Match: \"v1\""},
    {"304-needs-conditional-get-head", breaks, "304\nETag: \"v1\"", "PUT\nIf-None-Match: *"},
    {"304-needs-conditional-get-head", near_miss, "304\nETag: \"v1\"",
     "GET\nIf-None-Match: \"v1\""},
    {"304-needs-conditional-get-head", near_miss, "304\nETag: \"v1\"",
     "HEAD\nIf-Modified-Since: Tue, 15 Nov 1994 12:45:26 GMT"},
    {"304-needs-conditional-get-head", near_miss, "304\nETag: \"v1\"", "\nIf-None-Match: \"v1\""},

    {"if-none-match-unsafe-412", breaks, "304\nETag: \"v1\"", "PUT\nIf-None-Match: *"},
    {"if-none-match-unsafe-412", near_miss, "412\nContent-Length: 6\n\nexists",
     "PUT\nIf-None-Match: *"},
    {"if-none-match-unsafe-412", near_miss, "304\nETag: \"v1\"", "\nIf-None-Match: *"},

    // If-Range is not a precondition that fails with 412.
    {"412-needs-precondition", breaks, "412\nContent-Length: 6\n\nfailed", "PUT"},
    {"412-needs-precondition", breaks, "412\nContent-Length: 6\n\nfailed",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\""},
    {"412-needs-precondition", near_miss, "412\nContent-Length: 6\n\nfailed",
     "PUT\nIf-Match: \"v1\""},
    {"412-needs-precondition", near_miss, "412\nContent-Length: 6\n\nfailed",
     "DELETE\nIf-Unmodified-Since: Tue, 15 Nov 1994 12:45:26 GMT"},
    {"412-needs-precondition", near_miss, "412\nContent-Length: 6\n\nfailed",
     "PUT\nIf: (<urn:uuid:181d4fae-7d8c-11d0-a765-00a0c91e6bf2>)"},

    {"preconditions-ignored-for-method", breaks, "412\nContent-Length: 6\n\nfailed",
     "OPTIONS\nIf-Match: \"v1\""},
    {"preconditions-ignored-for-method", breaks, "304\nETag: \"v1\"",
     "TRACE\nIf-None-Match: \"v1\""},
    {"preconditions-ignored-for-method", near_miss, "412\nContent-Length: 6\n\nfailed",
     "PUT\nIf-Match: \"v1\""},

    {"post-no-206-304-416", breaks, "304\nETag: \"v1\"", "POST\nIf-None-Match: \"v1\""},
    {"post-no-206-304-416", breaks, "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "POST\nRange: bytes=0-4"},
    {"post-no-206-304-416", breaks, "416\nContent-Range: bytes */10\nContent-Length: 0",
     "POST\nRange: bytes=20-30"},
    {"post-no-206-304-416", near_miss, "412\nContent-Length: 6\n\nfailed",
     "POST\nIf-Match: \"v1\""},

    // Methods are case-sensitive: "put" is not PUT.
    {"405-allow-excludes-method", breaks, "405\nAllow: GET, PUT\nContent-Length: 3\n\nno.", "PUT"},
    {"405-allow-excludes-method", breaks, "405\nAllow: GET\nAllow: PUT\nContent-Length: 3\n\nno.",
     "PUT"},
    {"405-allow-excludes-method", near_miss, "405\nAllow: GET, HEAD\nContent-Length: 3\n\nno.",
     "PUT"},
    {"405-allow-excludes-method", near_miss, "405\nAllow: GET, put\nContent-Length: 3\n\nno.",
     "PUT"},
    {"405-allow-excludes-method", near_miss, "405\nAllow:\nContent-Length: 3\n\nno.", "\n"},

    {"405-501-for-get-head", breaks, "405\nAllow: POST\nContent-Length: 3\n\nno.", "GET"},
    {"405-501-for-get-head", breaks, "501\nContent-Length: 3", "HEAD"},
    {"405-501-for-get-head", near_miss, "501\nContent-Length: 3\n\nno.", "PROPFIND"},
    {"405-501-for-get-head", near_miss, "405\nAllow: GET\nContent-Length: 3\n\nno.", "DELETE"},

    {"delete-status", breaks, "201\nLocation: /trash/7\nContent-Length: 0", "DELETE"},
    {"delete-status", breaks, "205\nContent-Length: 0", "DELETE"},
    {"delete-status", near_miss, "202\nContent-Length: 6\n\nqueued", "DELETE"},
    {"delete-status", near_miss, "204", "DELETE"},
    {"delete-status", near_miss, "200\nContent-Length: 7\n\ndeleted", "DELETE"},

    {"201-to-safe-method", breaks, "201\nLocation: /items/7\nContent-Length: 0", "GET"},
    {"201-to-safe-method", breaks, "201\nLocation: /items/7\nContent-Length: 0", "OPTIONS"},
    {"201-to-safe-method", near_miss, "201\nLocation: /items/7\nContent-Length: 0", "PUT"},

    // message/http is one way to reflect the request, not the only one.
    {"trace-reflects-request", breaks, "200\nContent-Length: 0", "TRACE"},
    {"trace-reflects-request", breaks,
     "200\nContent-Type: text/html\nContent-Length: 14\n\n<h1>hello</h1>", "TRACE"},
    {"trace-reflects-request", near_miss,
     "200\nContent-Type: message/http\nContent-Length: 39\n\nTRACE / HTTP/1.1\\r\\nHost: "
     "example.com\\r\\n\\r\\n",
     "TRACE"},
    {"trace-reflects-request", near_miss,
     "200\nContent-Type: text/plain\nContent-Length: 36\n\nTRACE / HTTP/1.1\nHost: example.com\n\n",
     "TRACE"},
    {"trace-reflects-request", near_miss,
     "200\nContent-Type: message/http\nTransfer-Encoding: chunked\n@size: unknown", "TRACE"},

    {"425-needs-early-data", breaks, "425\nContent-Length: 5\n\nretry", "POST"},
    {"425-needs-early-data", breaks, "425\nContent-Length: 5\n\nretry", "POST\nEarly-Data: 0"},
    {"425-needs-early-data", near_miss, "425\nContent-Length: 5\n\nretry", "POST\nEarly-Data: 1"},

    // A client signals 208 support with the "bind" compliance class.
    {"208-needs-dav-signal", breaks, "208\nContent-Length: 0", "PROPFIND\nDepth: infinity"},
    {"208-needs-dav-signal", breaks, "208\nContent-Length: 0",
     "PROPFIND\nDepth: infinity\nDAV: 1, 2"},
    {"208-needs-dav-signal", near_miss, "208\nContent-Length: 0",
     "PROPFIND\nDepth: infinity\nDAV: 1, bind"},

    {"226-needs-a-im", breaks, "226\nETag: \"v2\"\nIM: vcdiff\nContent-Length: 5\n\ndelta", "GET"},
    {"226-needs-a-im", breaks, "226\nETag: \"v2\"\nIM: vcdiff\nContent-Length: 5\n\ndelta",
     "GET\nA-IM:"},
    {"226-needs-a-im", near_miss, "226\nETag: \"v2\"\nIM: vcdiff\nContent-Length: 5\n\ndelta",
     "GET\nA-IM: vcdiff, gzip"},

    {"406-needs-negotiation", breaks, "406\nContent-Length: 5\n\nnone.", "GET"},
    {"406-needs-negotiation", near_miss, "406\nContent-Length: 5\n\nnone.",
     "GET\nAccept-Language: fr"},

    {"411-needs-missing-length", breaks, "411\nContent-Length: 5\n\nno CL",
     "POST\nContent-Length: 5"},
    {"411-needs-missing-length", near_miss, "411\nContent-Length: 5\n\nno CL",
     "POST\nTransfer-Encoding: chunked"},
    // "without a defined Content-Length": 16.001 is no Content-Length at all.
    {"411-needs-missing-length", near_miss, "411\nContent-Length: 5\n\nno CL",
     "POST\nContent-Length: 16.001"},

    {"413-415-need-content", breaks, "413\nContent-Length: 9\n\ntoo large", "GET"},
    {"413-415-need-content", breaks, "415\nAccept: text/csv\nContent-Length: 5\n\nno ty",
     "POST\nContent-Type: text/csv\nContent-Length: 0"},
    {"413-415-need-content", near_miss, "413\nRetry-After: 60\nContent-Length: 9\n\ntoo large",
     "PUT\nTransfer-Encoding: chunked"},
    {"413-415-need-content", near_miss, "415\nAccept: text/csv\nContent-Length: 5\n\nno ty",
     "POST\nContent-Type: text/tab-separated-values\nContent-Length: 12"},

    {"428-request-unconditional", breaks, "428\nContent-Length: 13\n\nsend If-Match",
     "PUT\nIf-Match: \"v1\""},
    {"428-request-unconditional", near_miss, "428\nContent-Length: 13\n\nsend If-Match", "PUT"},

    {"505-version-mismatch", breaks, "505\nContent-Length: 3\n\nno.", "GET HTTP/1.0"},
    {"505-version-mismatch", breaks, "505\nContent-Length: 3\n\nno.", "GET"},
    {"505-version-mismatch", near_miss, "505\nContent-Length: 3\n\nno.", "GET HTTP/2.0"},

    // The final response echoes close; an interim one need not.
    {"connection-close-echo", breaks, "200\nETag: \"v1\"\nContent-Length: 2\n\nok",
     "GET\nConnection: close"},
    {"connection-close-echo", near_miss,
     "200\nETag: \"v1\"\nConnection: close\nContent-Length: 2\n\nok", "GET\nConnection: close"},
    {"connection-close-echo", near_miss, "100",
     "PUT\nConnection: close\nExpect: 100-continue\nContent-Length: 5"},

    {"http10-keep-alive", breaks, "200\nETag: \"v1\"\nContent-Length: 2\n\nok",
     "GET HTTP/1.0\nConnection: keep-alive"},
    {"http10-keep-alive", near_miss,
     "200\nETag: \"v1\"\nConnection: keep-alive\nContent-Length: 2\n\nok",
     "GET HTTP/1.0\nConnection: keep-alive"},
    {"http10-keep-alive", near_miss,
     "200\nETag: \"v1\"\nConnection: close\nContent-Length: 2\n\nok",
     "GET HTTP/1.0\nConnection: keep-alive"},
    {"http10-keep-alive", near_miss, "200\nETag: \"v1\"\nContent-Length: 2\n\nok",
     "GET\nConnection: keep-alive"},

    {"trailers-need-te", breaks,
     "200\nLast-Modified: Tue, 15 Nov 1994 12:45:26 GMT\nTrailer: ETag\nTransfer-Encoding: "
     "chunked\n~ETag: \"v1\"\n\nhello",
     "GET"},
    {"trailers-need-te", near_miss,
     "200\nLast-Modified: Tue, 15 Nov 1994 12:45:26 GMT\nTrailer: ETag\nTransfer-Encoding: "
     "chunked\n~ETag: \"v1\"\n\nhello",
     "GET\nTE: trailers"},
    {"trailers-need-te", near_miss, "200\nETag: \"v1\"\nTransfer-Encoding: chunked\n\nhello",
     "GET"},
};

}  // namespace

std::span<rule_case const> request_cases() { return cases; }

}  // namespace respolicy::test
