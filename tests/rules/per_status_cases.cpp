//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.4: per-status required and forbidden fields and content.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr rule_case cases[] = {
    // 101 names the protocol it switches to; every line of Upgrade counts, empty elements do not.
    {"101-upgrade-required", breaks, "101\nConnection: upgrade"},
    {"101-upgrade-required", breaks, "101\nUpgrade:\nConnection: upgrade"},
    {"101-upgrade-required", breaks, "101\nUpgrade: ,\nConnection: upgrade"},
    {"101-upgrade-required", near_miss, "101\nUpgrade: websocket\nConnection: upgrade"},
    {"101-upgrade-required", near_miss, "101\nUpgrade:\nUpgrade: websocket\nConnection: upgrade"},

    // Whoever sends Upgrade lists "upgrade" in Connection (case-insensitive, on any line).
    {"upgrade-needs-connection-option", breaks,
     "426\nUpgrade: HTTP/2.0\nContent-Length: 8\n\nuse h2c."},
    {"upgrade-needs-connection-option", breaks, "101\nUpgrade: websocket\nConnection: keep-alive"},
    {"upgrade-needs-connection-option", near_miss,
     "426\nUpgrade: HTTP/2.0\nConnection: Upgrade\nContent-Length: 8\n\nuse h2c."},
    {"upgrade-needs-connection-option", near_miss,
     "200\nUpgrade: HTTP/2.0\nConnection: keep-alive\nConnection: upgrade\nContent-Length: "
     "2\n\nok"},

    // Validators on a 200 to GET or HEAD; one of ETag and Last-Modified is enough.
    {"200-validators", breaks, "200\nContent-Length: 2\n\nok", "GET"},
    {"200-validators", breaks, "200\nContent-Length: 2", "HEAD"},
    {"200-validators", near_miss,
     "200\nLast-Modified: Tue, 15 Nov 1994 12:45:26 GMT\nContent-Length: 2\n\nok", "GET"},
    {"200-validators", near_miss, "200\nContent-Length: 2\n\nok", "POST"},

    // A POST that creates something says where; a PUT created the target URI itself.
    {"201-location", breaks, "201\nContent-Length: 7\n\ncreated", "POST"},
    {"201-location", near_miss, "201\nLocation: /items/7\nContent-Length: 7\n\ncreated", "POST"},
    {"201-location", near_miss, "201\nContent-Length: 7\n\ncreated", "PUT"},

    {"201-location-no-fragment", breaks, "201\nLocation: /items/7#top\nContent-Length: 0"},
    {"201-location-no-fragment", near_miss, "201\nLocation: /items/7%23top\nContent-Length: 0"},

    // 202 content describes the status; an empty one does not, a HEAD answer need not.
    {"202-status-monitor", breaks, "202\nContent-Length: 0"},
    {"202-status-monitor", near_miss, "202\nContent-Length: 13\n\nsee /jobs/17."},
    {"202-status-monitor", near_miss, "202\nContent-Length: 13", "HEAD"},
    {"202-status-monitor", near_miss, "202\nTransfer-Encoding: chunked\n@size: unknown"},

    {"203-only-from-transforming-proxy", breaks, "203\nContent-Length: 2\n\nok"},
    {"203-only-from-transforming-proxy",
     near_miss,
     "203\nContent-Length: 2\n\nok",
     {},
     {},
     "proxy"},

    // A single-part 206 carries Content-Range; a multipart one carries it in each part.
    {"206-content-range-single", breaks,
     "206\nContent-Type: text/plain\nContent-Length: 5\n\nhello"},
    {"206-content-range-single", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello"},
    {"206-content-range-single", near_miss,
     "206\nContent-Type: multipart/byteranges; boundary=SEP\nContent-Length: 7\n\n--SEP--"},

    // The content is exactly the range; Content-Length counts it, not the representation.
    {"206-range-length-consistent", breaks,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 6\n\nhello!"},
    {"206-range-length-consistent", breaks,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 10\n\nhello"},
    {"206-range-length-consistent", breaks,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 6\nConnection: close\n@size: unknown"},
    {"206-range-length-consistent", near_miss,
     "206\nContent-Range: bytes 5-9/10\nContent-Length: 5\n\n56789"},
    {"206-range-length-consistent", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello"},
    {"206-range-length-consistent", near_miss,
     "206\nContent-Range: bytes 0-4/*\nContent-Length: 5\n\nhello"},

    // Several parts: multipart/byteranges with a boundary, no Content-Range in the header section.
    {"206-multipart-byteranges", breaks,
     "206\nContent-Type: multipart/byteranges; boundary=SEP\nContent-Range: bytes "
     "0-4/10\nContent-Length: 7\n\n--SEP--"},
    {"206-multipart-byteranges", breaks,
     "206\nContent-Type: multipart/byteranges\nContent-Length: 7\n\n--SEP--"},
    {"206-multipart-byteranges", breaks,
     "206\nContent-Type: multipart/byteranges; boundary=\"\"\nContent-Length: 7\n\n--SEP--"},
    {"206-multipart-byteranges", breaks,
     "206\nContent-Type: multipart/byteranges; xboundary=SEP\nContent-Length: 7\n\n--SEP--"},
    {"206-multipart-byteranges", near_miss,
     "206\nContent-Type: multipart/byteranges; boundary=SEP\nContent-Length: 7\n\n--SEP--"},
    {"206-multipart-byteranges", near_miss,
     "206\nContent-Type: multipart/byteranges; charset=x; Boundary=\"SEP\"\nContent-Length: "
     "7\n\n--SEP--"},

    // What the 200 to the same request would carry of Date, Cache-Control, ETag, Expires,
    // Content-Location and Vary, the 206 carries too, If-Range or not.
    {"206-required-fields", breaks, "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4", "200\nETag: \"v1\"\nContent-Length: 10\n\n0123456789"},
    {"206-required-fields", breaks,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v1\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\"",
     "200\nETag: \"v1\"\nVary: Accept-Encoding\nContent-Length: 10\n\n0123456789"},
    {"206-required-fields", near_miss,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v1\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4", "200\nETag: \"v1\"\nContent-Length: 10\n\n0123456789"},
    {"206-required-fields", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello", "GET\nRange: bytes=0-4",
     "200\nContent-Length: 10\n\n0123456789"},

    // Without If-Range a 206 carries all representation fields of the 200 (MUST); with If-Range
    // it carries none beyond the required ones (SHOULD NOT, a warning), 200 known or not.
    {"206-representation-fields", breaks,
     "206\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello", "GET\nRange: bytes=0-4",
     "200\nContent-Type: text/plain\nContent-Length: 10\n\n0123456789"},
    {"206-representation-fields", breaks,
     "206\nContent-Range: bytes 0-4/10\nContent-Type: text/plain\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4",
     "200\nContent-Type: text/plain\nContent-Language: en\nContent-Length: 10\n\n0123456789"},
    {"206-representation-fields",
     breaks,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v1\"\nContent-Type: text/plain\nContent-Length: "
     "5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\"",
     "200\nETag: \"v1\"\nContent-Type: text/plain\nContent-Length: 10\n\n0123456789",
     {},
     severity::warning},
    {"206-representation-fields",
     breaks,
     "206\nContent-Range: bytes 0-4/10\nLast-Modified: Tue, 15 Nov 1994 12:45:26 "
     "GMT\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: Tue, 15 Nov 1994 12:45:26 GMT",
     {},
     {},
     severity::warning},
    {"206-representation-fields", near_miss,
     "206\nContent-Range: bytes 0-4/10\nContent-Type: text/plain\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4", "200\nContent-Type: text/plain\nContent-Length: 10\n\n0123456789"},
    {"206-representation-fields", near_miss,
     "206\nContent-Range: bytes 0-4/10\nETag: \"v1\"\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\"",
     "200\nETag: \"v1\"\nContent-Type: text/plain\nContent-Length: 10\n\n0123456789"},
    {"206-representation-fields", near_miss,
     "206\nContent-Type: multipart/byteranges; boundary=SEP\nContent-Length: 7\n\n--SEP--",
     "GET\nRange: bytes=0-1,5-6",
     "200\nContent-Type: text/plain\nContent-Length: 10\n\n0123456789"},

    {"226-etag-required", breaks, "226\nIM: vcdiff\nContent-Length: 5\n\ndelta"},
    {"226-etag-required", near_miss, "226\nETag: \"v2\"\nIM: vcdiff\nContent-Length: 5\n\ndelta"},

    {"3xx-location", breaks, "301\nContent-Length: 0"},
    {"3xx-location", breaks, "308\nContent-Length: 0"},
    {"3xx-location", near_miss, "307\nLocation: /new\nContent-Length: 0"},
    {"3xx-location", near_miss, "300\nContent-Length: 8\n\n/a.html\n"},

    {"303-location", breaks, "303\nContent-Length: 0"},
    {"303-location", near_miss, "303\nLocation: /result/7\nContent-Length: 0"},

    // 300 lists the choices, except to HEAD.
    {"300-choices-content", breaks, "300\nContent-Length: 0", "GET"},
    {"300-choices-content", near_miss, "300\nContent-Length: 16\n\n/a.html\n/a.json\n", "GET"},
    {"300-choices-content", near_miss, "300\nContent-Length: 16", "HEAD"},

    {"3xx-hypertext-note", breaks, "301\nLocation: /new\nContent-Length: 0", "GET"},
    {"3xx-hypertext-note", breaks, "303\nLocation: /result/7\nContent-Length: 0", "POST"},
    {"3xx-hypertext-note", near_miss,
     "301\nLocation: /new\nContent-Type: text/html\nContent-Length: 20\n\n<a href=/new>new</a>",
     "GET"},
    {"3xx-hypertext-note", near_miss, "301\nLocation: /new\nContent-Length: 20", "HEAD"},

    // A 304 carries the cache-relevant fields the 200 would have carried.
    {"304-required-fields", breaks, "304\nCache-Control: max-age=60", "GET\nIf-None-Match: \"v1\"",
     "200\nETag: \"v1\"\nCache-Control: max-age=60\nContent-Length: 5\n\nhello"},
    {"304-required-fields", breaks, "304\nETag: \"v1\"", "GET\nIf-None-Match: \"v1\"",
     "200\nETag: \"v1\"\nVary: Accept-Encoding\nContent-Length: 5\n\nhello"},
    {"304-required-fields", near_miss, "304\nETag: \"v1\"\nCache-Control: max-age=60",
     "GET\nIf-None-Match: \"v1\"",
     "200\nETag: \"v1\"\nCache-Control: max-age=60\nContent-Length: 5\n\nhello"},

    // No representation metadata beyond what updates caches; Last-Modified may stay.
    {"304-no-extra-metadata", breaks, "304\nETag: \"v1\"\nContent-Type: text/html"},
    {"304-no-extra-metadata", breaks, "304\nETag: \"v1\"\nContent-Range: bytes 0-4/10"},
    {"304-no-extra-metadata", near_miss,
     "304\nETag: \"v1\"\nLast-Modified: Tue, 15 Nov 1994 12:45:26 GMT"},

    // 4xx and 5xx explain themselves, except to HEAD; statuses with their own rule are left to it.
    {"4xx-5xx-explanation", breaks, "404\nContent-Length: 0", "GET"},
    {"4xx-5xx-explanation", breaks, "500\nContent-Length: 0", "POST"},
    {"4xx-5xx-explanation", near_miss, "404\nContent-Length: 12\n\nno such item", "GET"},
    {"4xx-5xx-explanation", near_miss, "404\nContent-Length: 12", "HEAD"},
    {"4xx-5xx-explanation", near_miss, "406\nContent-Length: 0", "GET\nAccept: image/webp"},

    {"401-www-authenticate", breaks, "401\nContent-Length: 6\n\nlog in"},
    {"401-www-authenticate", breaks, "401\nWWW-Authenticate:\nContent-Length: 6\n\nlog in"},
    {"401-www-authenticate", breaks, "401\nWWW-Authenticate: ,\nContent-Length: 6\n\nlog in"},
    {"401-www-authenticate", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"api\"\nContent-Length: 6\n\nlog in"},
    {"401-www-authenticate", near_miss,
     "401\nWWW-Authenticate:\nWWW-Authenticate: Bearer\nContent-Length: 6\n\nlog in"},

    {"405-allow-required", breaks, "405\nContent-Length: 3\n\nno."},
    {"405-allow-required", near_miss, "405\nAllow:\nContent-Length: 3\n\nno."},
    {"405-allow-required", near_miss, "405\nAllow: GET, HEAD\nContent-Length: 3\n\nno."},

    {"406-alternatives", breaks, "406\nContent-Length: 0"},
    {"406-alternatives", near_miss,
     "406\nContent-Type: text/html\nContent-Length: 25\n\n<a href=/a.json>JSON</a>\n"},
    {"406-alternatives", near_miss, "406\nContent-Length: 25", "HEAD\nAccept: image/webp"},

    {"407-proxy-authenticate", breaks, "407\nContent-Length: 6\n\nlog in", {}, {}, "proxy"},
    {"407-proxy-authenticate",
     breaks,
     "407\nProxy-Authenticate:\nContent-Length: 6\n\nlog in",
     {},
     {},
     "proxy"},
    {"407-proxy-authenticate",
     near_miss,
     "407\nProxy-Authenticate: Basic realm=\"proxy\"\nContent-Length: 6\n\nlog in",
     {},
     {},
     "proxy"},

    {"409-conflict-info", breaks, "409\nContent-Length: 0"},
    {"409-conflict-info", near_miss, "409\nContent-Length: 22\n\nversion 7 was replaced"},

    {"413-retry-after", breaks, "413\nContent-Length: 9\n\ntoo large"},
    {"413-retry-after", near_miss, "413\nRetry-After: 3600\nContent-Length: 9\n\ntoo large"},

    // Accept-Encoding or Accept in the response says what would have been taken.
    {"415-accept-hints", breaks, "415\nContent-Length: 11\n\nunsupported"},
    {"415-accept-hints", near_miss,
     "415\nAccept-Encoding: gzip\nContent-Length: 11\n\nunsupported"},
    {"415-accept-hints", near_miss,
     "415\nAccept: application/json\nContent-Length: 11\n\nunsupported"},

    // A 416 to a byte range says "bytes */complete-length"; other units define their own.
    {"416-content-range", breaks, "416\nContent-Length: 0", "GET\nRange: bytes=20-30"},
    {"416-content-range", breaks, "416\nContent-Range: bytes 0-5/10\nContent-Length: 0",
     "GET\nRange: bytes=20-30"},
    {"416-content-range", near_miss,
     "416\nContent-Range: bytes */1234\nContent-Length: 13\n\nout of range.",
     "GET\nRange: bytes=2000-3000"},
    {"416-content-range", near_miss, "416\nContent-Length: 13\n\nout of range.",
     "GET\nRange: items=5-9"},

    {"421-not-from-proxy", breaks, "421\nContent-Length: 11\n\nmisdirected", {}, {}, "proxy"},
    {"421-not-from-proxy", near_miss, "421\nContent-Length: 11\n\nmisdirected"},
    {"421-not-from-proxy", near_miss, "421\nContent-Length: 11\n\nmisdirected", {}, {}, "gateway"},

    {"426-upgrade-required", breaks, "426\nConnection: upgrade\nContent-Length: 7\n\nuse TLS"},
    {"426-upgrade-required", breaks,
     "426\nUpgrade:\nConnection: upgrade\nContent-Length: 7\n\nuse TLS"},
    {"426-upgrade-required", near_miss,
     "426\nUpgrade: TLS/1.2, HTTP/1.1\nConnection: Upgrade\nContent-Length: 7\n\nuse TLS"},

    {"428-explain", breaks, "428\nContent-Length: 0"},
    {"428-explain", near_miss, "428\nContent-Length: 13\n\nsend If-Match"},

    // Retry-After alone is not the details.
    {"429-details", breaks, "429\nRetry-After: 60\nContent-Length: 0"},
    {"429-details", near_miss, "429\nRetry-After: 60\nContent-Length: 14\n\n100 per minute"},

    {"451-explanation", breaks, "451\nContent-Length: 0"},
    {"451-explanation", near_miss, "451\nContent-Length: 19\n\nblocked by order 17"},

    {"503-retry-after", breaks, "503\nContent-Length: 11\n\nmaintenance"},
    {"503-retry-after", near_miss, "503\nRetry-After: 120\nContent-Length: 11\n\nmaintenance"},

    {"505-explanation", breaks, "505\nContent-Length: 0"},
    {"505-explanation", near_miss, "505\nContent-Length: 13\n\nuse HTTP/1.1."},

    {"510-extension-info", breaks, "510\nContent-Length: 0"},
    {"510-extension-info", near_miss, "510\nContent-Length: 18\n\nrequires Ext: foo."},

    // A 511 links to the login page; a challenge or empty content breaks it.
    {"511-login-link",
     breaks,
     "511\nWWW-Authenticate: Basic realm=\"net\"\nContent-Length: 28\n\n<a href=/login>log "
     "in</a>...",
     {},
     {},
     "proxy"},
    {"511-login-link", breaks, "511\nContent-Length: 0", {}, {}, "proxy"},
    {"511-login-link",
     near_miss,
     "511\nContent-Type: text/html\nContent-Length: 28\n\n<a href=/login>log in</a>...",
     {},
     {},
     "proxy"},

    {"511-not-from-origin", breaks,
     "511\nContent-Type: text/html\nContent-Length: 28\n\n<a href=/login>log in</a>..."},
    {"511-not-from-origin",
     near_miss,
     "511\nContent-Type: text/html\nContent-Length: 28\n\n<a href=/login>log in</a>...",
     {},
     {},
     "proxy"},

    {"options-advertise-features", breaks, "200\nContent-Length: 0", "OPTIONS"},
    {"options-advertise-features", breaks, "204", "OPTIONS"},
    {"options-advertise-features", near_miss, "204\nAllow: GET, HEAD, OPTIONS", "OPTIONS"},
    {"options-advertise-features", near_miss, "200\nETag: \"v1\"\nContent-Length: 2\n\nok", "GET"},
};

}  // namespace

std::span<rule_case const> per_status_cases() { return cases; }

}  // namespace respolicy::test
