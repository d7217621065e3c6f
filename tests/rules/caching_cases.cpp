//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.6: dates, validators and caching.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr rule_case cases[] = {
    // RFC 9110 §6.6.1: 2xx, 3xx and 4xx from a server with a clock; 1xx and 5xx may omit it.
    {"date-required", breaks, "200\nContent-Length: 0"},
    {"date-required", breaks, "404"},
    {"date-required", breaks, "301\nLocation: /new", {}, {}, "proxy"},
    {"date-required", near_miss, "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT"},
    {"date-required", near_miss, "503"},
    {"date-required", near_miss, "100"},
    {"date-required", near_miss, "200", {}, {}, "no-clock"},

    {"date-no-clock", breaks, "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT", {}, {}, "no-clock"},
    {"date-no-clock", breaks, "503\nDate: Sun, 06 Nov 1994 08:49:37 GMT", {}, {}, "no-clock"},
    {"date-no-clock", near_miss, "200", {}, {}, "no-clock"},
    {"date-no-clock", near_miss, "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT"},
    {"date-no-clock",
     near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
     {},
     {},
     "no-clock proxy"},

    // RFC 9110 §8.8.2.1
    {"last-modified-not-after-date", breaks,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Mon, 07 Nov 1994 08:49:37 GMT"},
    {"last-modified-not-after-date",
     breaks,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Sun, 06 Nov 1994 08:49:38 GMT",
     {},
     {},
     "gateway"},
    {"last-modified-not-after-date", near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Sun, 06 Nov 1994 08:49:37 GMT"},
    {"last-modified-not-after-date", near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT"},
    {"last-modified-not-after-date",
     near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Mon, 07 Nov 1994 08:49:37 GMT",
     {},
     {},
     "proxy"},
    {"last-modified-not-after-date", near_miss,
     "200\nLast-Modified: Mon, 07 Nov 1994 08:49:37 GMT"},

    // RFC 9111 §5.3
    {"expires-with-max-age", breaks,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=3600\n"
     "Expires: Sun, 06 Nov 1994 08:49:37 GMT"},
    {"expires-with-max-age", breaks,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60\nExpires: 0"},
    {"expires-with-max-age", breaks,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: s-maxage=60\n"
     "Expires: Sun, 06 Nov 1994 10:49:37 GMT"},
    {"expires-with-max-age", near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=3600\n"
     "Expires: Sun, 06 Nov 1994 09:49:37 GMT"},
    {"expires-with-max-age", near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=3600\n"
     "Expires: Sun, 06 Nov 1994 09:49:38 GMT"},
    {"expires-with-max-age", near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=0\nExpires: 0"},
    {"expires-with-max-age", near_miss,
     "200\nCache-Control: max-age=3600\nExpires: Sun, 06 Nov 1994 08:49:37 GMT"},

    {"expires-far-future", breaks,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nExpires: Thu, 01 Jan 2037 00:00:00 GMT"},
    {"expires-far-future", near_miss,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nExpires: Mon, 06 Nov 1995 08:49:37 GMT"},
    {"expires-far-future", near_miss, "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nExpires: 0"},
    {"expires-far-future", near_miss, "200\nExpires: Thu, 01 Jan 2037 00:00:00 GMT"},

    // RFC 9111 §4.2.2; RFC 9110 §15.1
    {"heuristic-cacheability", breaks,
     "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT",
     "GET"},
    {"heuristic-cacheability", breaks,
     "404\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT\nCache-Control: public", "HEAD"},
    {"heuristic-cacheability", near_miss,
     "200\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60", "GET"},
    {"heuristic-cacheability", near_miss,
     "200\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT\nCache-Control: no-cache", "GET"},
    {"heuristic-cacheability", near_miss,
     "200\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT\nExpires: 0", "GET"},
    {"heuristic-cacheability", near_miss, "200\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT",
     "POST"},
    {"heuristic-cacheability", near_miss, "200\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT"},
    {"heuristic-cacheability", near_miss, "500\nLast-Modified: Sat, 05 Nov 1994 08:49:37 GMT",
     "GET"},
    {"heuristic-cacheability", near_miss, "204", "GET"},

    // RFC 6585 §3-§6: caches MUST NOT store these.
    {"never-stored-status", breaks, "429\nCache-Control: public"},
    {"never-stored-status", breaks, "511\nCache-Control: max-age=60"},
    {"never-stored-status", breaks,
     "431\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nExpires: Sun, 06 Nov 1994 09:49:37 GMT"},
    {"never-stored-status", breaks, "428\nCache-Control: s-maxage=60"},
    {"never-stored-status", near_miss, "429\nCache-Control: no-store"},
    {"never-stored-status", near_miss, "429\nCache-Control: max-age=0"},
    {"never-stored-status", near_miss, "429\nCache-Control: public, no-store"},
    {"never-stored-status", near_miss, "503\nCache-Control: max-age=60"},

    // RFC 8470 §5.2
    {"425-not-cacheable-by-default", breaks, "425\nCache-Control: max-age=60"},
    {"425-not-cacheable-by-default", near_miss, "425\nCache-Control: no-store"},
    {"425-not-cacheable-by-default", near_miss, "425\nCache-Control: max-age=0"},

    // RFC 9111 §5.1
    {"age-not-from-origin", breaks, "200\nAge: 60"},
    {"age-not-from-origin", near_miss, "200\nAge: 60", {}, {}, "proxy"},
    {"age-not-from-origin", near_miss, "200\nAge: 60", {}, {}, "gateway"},
    {"age-not-from-origin", near_miss, "200"},

    // RFC 9111 §5.4
    {"pragma-no-meaning-in-response", breaks, "200\nPragma: no-cache"},
    {"pragma-no-meaning-in-response", breaks, "200\nPragma: no-cache\nCache-Control: max-age=60"},
    {"pragma-no-meaning-in-response", near_miss, "200\nPragma: no-cache\nCache-Control: no-cache"},
    {"pragma-no-meaning-in-response", near_miss, "200\nPragma: no-cache\nCache-Control: no-store"},
    {"pragma-no-meaning-in-response", near_miss, "200\nPragma: x-trace"},

    // RFC 9110 §15.4.5; RFC 9111 §4.3.4: what caches update must be what the 200 says.
    {"304-cache-metadata", breaks, "304\nETag: \"v2\"", "GET\nIf-None-Match: \"v2\"",
     "200\nETag: \"v1\""},
    {"304-cache-metadata", breaks, "304\nETag: \"v1\"\nCache-Control: max-age=60",
     "GET\nIf-None-Match: \"v1\"", "200\nETag: \"v1\"\nCache-Control: max-age=3600"},
    {"304-cache-metadata", breaks, "304\nETag: \"v1\"\nVary: Accept", "GET\nIf-None-Match: \"v1\"",
     "200\nETag: \"v1\"\nVary: Accept\nVary: Origin"},
    {"304-cache-metadata", near_miss, "304\nETag: \"v1\"\nCache-Control: max-age=3600",
     "GET\nIf-None-Match: \"v1\"", "200\nETag: \"v1\"\nCache-Control: max-age=3600"},
    {"304-cache-metadata", near_miss, "304\nETag: \"v1\"", "GET\nIf-None-Match: \"v1\"",
     "200\nETag: \"v1\"\nVary: Accept"},
    {"304-cache-metadata", near_miss, "304\nExpires: Sun, 06 Nov 1994 09:49:37 GMT",
     "GET\nIf-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT",
     "200\nExpires: Sunday, 06-Nov-94 09:49:37 GMT"},
    {"304-cache-metadata", near_miss, "304\nETag: \"v2\"", "GET\nIf-None-Match: \"v2\""},

    // RFC 9111 §3.5
    {"shared-cache-authorization", breaks, "200\nCache-Control: public, max-age=60",
     "GET\nAuthorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l"},
    {"shared-cache-authorization", breaks, "200\nCache-Control: s-maxage=60",
     "GET\nAuthorization: Bearer abc"},
    {"shared-cache-authorization", breaks, "200\nCache-Control: must-revalidate",
     "GET\nAuthorization: Bearer abc"},
    {"shared-cache-authorization", near_miss, "200\nCache-Control: private, max-age=60",
     "GET\nAuthorization: Bearer abc"},
    {"shared-cache-authorization", near_miss, "200\nCache-Control: public, max-age=60", "GET"},
    {"shared-cache-authorization", near_miss, "200\nCache-Control: public, max-age=60"},
};

}  // namespace

std::span<rule_case const> caching_cases() { return cases; }

}  // namespace respolicy::test
