//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.5: field-specific syntax and scope.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

// Allow, Retry-After, Content-Range, Accept-Ranges, ETag, Date, Last-Modified, Expires, Age,
// Cache-Control and Vary.
constexpr rule_case validator_field_cases[] = {
    // RFC 9110 §10.2.1: #method; an empty Allow is legal.
    {"allow-syntax", breaks, "405\nAllow: GET HEAD"},
    {"allow-syntax", breaks, "200\nAllow: GET; HEAD"},
    {"allow-syntax", breaks, "405\nAllow: GET\nAllow: \"PUT\""},
    {"allow-syntax", near_miss, "405\nAllow: GET, HEAD, PUT"},
    {"allow-syntax", near_miss, "405\nAllow: "},
    {"allow-syntax", near_miss, "200\nAllow: get, M-SEARCH"},

    // RFC 9110 §10.2.3: HTTP-date (IMF-fixdate when generated) or delay-seconds.
    {"retry-after-syntax", breaks, "503\nRetry-After: soon"},
    {"retry-after-syntax", breaks, "503\nRetry-After: -1"},
    {"retry-after-syntax", breaks, "503\nRetry-After: 1.5"},
    {"retry-after-syntax", breaks, "503\nRetry-After: Fri, 31 Dec 1999 23:59:59 UTC"},
    {"http-date-imf-fixdate", breaks, "503\nRetry-After: Friday, 31-Dec-99 23:59:59 GMT"},
    {"retry-after-syntax", near_miss, "503\nRetry-After: Friday, 31-Dec-99 23:59:59 GMT"},
    {"http-date-calendar", breaks, "429\nRetry-After: Thu, 31 Dec 1999 23:59:59 GMT"},
    {"retry-after-syntax", near_miss, "429\nRetry-After: Thu, 31 Dec 1999 23:59:59 GMT"},
    {"retry-after-syntax", near_miss, "503\nRetry-After: 120"},
    {"retry-after-syntax", near_miss, "503\nRetry-After: Fri, 31 Dec 1999 23:59:59 GMT"},
    {"retry-after-syntax", near_miss, "503\nRetry-After: 99999999999999999999999"},

    // RFC 9110 §10.2.3, §15.5.14; RFC 6585 §4
    {"retry-after-scope", breaks, "200\nRetry-After: 120"},
    {"retry-after-scope", breaks, "500\nRetry-After: 120"},
    {"retry-after-scope", near_miss, "503\nRetry-After: 120"},
    {"retry-after-scope", near_miss, "301\nLocation: /new\nRetry-After: 5"},
    {"retry-after-scope", near_miss, "413\nRetry-After: 60"},
    {"retry-after-scope", near_miss, "429\nRetry-After: 60"},

    // RFC 9110 §14.4
    {"content-range-syntax", breaks, "206\nContent-Range: bytes 0-9\n@size: 10"},
    {"content-range-syntax", breaks, "206\nContent-Range: 0-9/100\n@size: 10"},
    {"content-range-syntax", breaks, "206\nContent-Range: bytes=0-9/100\n@size: 10"},
    {"content-range-syntax", breaks, "206\nContent-Range: bytes */100"},
    {"content-range-syntax", breaks, "416\nContent-Range: bytes */*"},
    {"content-range-syntax", near_miss, "206\nContent-Range: bytes 0-9/100\n@size: 10"},
    {"content-range-syntax", near_miss, "416\nContent-Range: bytes */100"},
    {"content-range-syntax", near_miss, "206\nContent-Range: rows 42\n@size: 10"},

    {"content-range-valid", breaks, "206\nContent-Range: bytes 10-5/100\n@size: 10"},
    {"content-range-valid", breaks, "206\nContent-Range: bytes 0-100/100\n@size: 101"},
    {"content-range-valid", near_miss, "206\nContent-Range: bytes 0-99/100\n@size: 100"},
    {"content-range-valid", near_miss, "206\nContent-Range: bytes 5-5/6\n@size: 1"},
    {"content-range-valid", breaks, "206\nContent-Range: pages 2-1/10\n@size: 1"},
    // How another unit counts is its own definition: page 1 of 1.
    {"content-range-valid", near_miss, "206\nContent-Range: pages 1-1/1\n@size: 1"},

    {"content-range-complete-length", breaks, "206\nContent-Range: bytes 0-9/*\n@size: 10"},
    {"content-range-complete-length", near_miss, "206\nContent-Range: bytes 0-9/100\n@size: 10"},
    {"content-range-complete-length", near_miss, "206\nContent-Range: items 0-9/*\n@size: 10"},

    {"content-range-status-scope", breaks, "200\nContent-Range: bytes 0-9/100"},
    {"content-range-status-scope", breaks, "404\nContent-Range: bytes */100"},
    {"content-range-status-scope", near_miss, "206\nContent-Range: bytes 0-9/100\n@size: 10"},
    {"content-range-status-scope", near_miss, "416\nContent-Range: bytes */100"},
    {"content-range-status-scope", near_miss, "304\nETag: \"x\"\nContent-Range: bytes */100"},

    // RFC 9110 §14.3: 1#range-unit, "none" alone.
    {"accept-ranges-syntax", breaks, "200\nAccept-Ranges: "},
    {"accept-ranges-syntax", breaks, "200\nAccept-Ranges: bytes=0-"},
    {"accept-ranges-syntax", breaks, "200\nAccept-Ranges: none, bytes"},
    {"accept-ranges-syntax", breaks, "200\nAccept-Ranges: bytes\nAccept-Ranges: none"},
    {"accept-ranges-syntax", near_miss, "200\nAccept-Ranges: bytes"},
    {"accept-ranges-syntax", near_miss, "200\nAccept-Ranges: none"},
    {"accept-ranges-syntax", near_miss, "200\nAccept-Ranges: bytes, items"},

    // RFC 9110 §8.8.3
    {"etag-syntax", breaks, "200\nETag: abc"},
    {"etag-syntax", breaks, "200\nETag: w/\"abc\""},
    {"etag-syntax", breaks, "200\nETag: \"a\", \"b\""},
    {"etag-syntax", breaks, "200\nETag: \"a b\""},
    {"etag-syntax", near_miss, "200\nETag: \"xyzzy\""},
    {"etag-syntax", near_miss, "200\nETag: W/\"xyzzy\""},
    {"etag-syntax", near_miss, "200\nETag: \"\""},

    {"etag-no-backslash", breaks, "200\nETag: \"a\\\\b\""},
    {"etag-no-backslash", breaks, "200\nETag: W/\"\\\\\""},
    {"etag-no-backslash", near_miss, "200\nETag: \"a/b\""},

    // RFC 9110 §8.8.2, §6.6.1, §5.6.7; RFC 9111 §5.3: HTTP-date, generated as IMF-fixdate.
    {"last-modified-syntax", breaks, "200\nLast-Modified: 2024-01-01"},
    {"http-date-imf-fixdate", breaks, "200\nLast-Modified: Tuesday, 15-Nov-94 12:45:26 GMT"},
    {"http-date-imf-fixdate", breaks, "200\nLast-Modified: Tue Nov 15 12:45:26 1994"},
    {"last-modified-syntax", near_miss, "200\nLast-Modified: Tue Nov 15 12:45:26 1994"},
    {"http-date-calendar", breaks, "200\nLast-Modified: Mon, 15 Nov 1994 12:45:26 GMT"},
    {"last-modified-syntax", near_miss, "200\nLast-Modified: Mon, 15 Nov 1994 12:45:26 GMT"},
    {"last-modified-syntax", near_miss, "200\nLast-Modified: Tue, 15 Nov 1994 12:45:26 GMT"},

    {"date-syntax", breaks, "200\nDate: now"},
    {"date-syntax", breaks, "200\nDate: Sun, 06 Nov 1994 08:49:37 UTC"},
    {"http-date-imf-fixdate", breaks, "200\nDate: Sun Nov  6 08:49:37 1994"},
    {"date-syntax", near_miss, "200\nDate: Sun Nov  6 08:49:37 1994"},
    {"http-date-calendar", breaks, "200\nDate: Sun, 31 Nov 1994 08:49:37 GMT"},
    {"http-date-calendar", breaks, "200\nDate: Sun, 06 Nov 1994 24:00:00 GMT"},
    {"http-date-calendar", breaks, "200\nDate: Fri, 29 Feb 2019 08:49:37 GMT"},
    {"http-date-calendar", breaks, "200\nDate: Sun, 06 Nov 1994 08:49:60 GMT"},
    {"http-date-calendar", near_miss, "200\nDate: Thu, 29 Feb 2024 08:49:37 GMT"},
    {"http-date-calendar", near_miss, "200\nDate: Sat, 31 Dec 2016 23:59:60 GMT"},
    {"http-date-calendar", near_miss, "200\nDate: now"},
    {"date-syntax", near_miss, "200\nDate: Sun, 31 Nov 1994 08:49:37 GMT"},
    {"date-syntax", breaks, "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nDate: yesterday"},
    {"date-syntax", near_miss, "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT"},
    {"date-syntax", near_miss, "200\nDate: Sat, 31 Dec 2016 23:59:60 GMT"},

    {"expires-syntax", breaks, "200\nExpires: 0"},
    {"expires-syntax", breaks, "200\nExpires: -1"},
    {"expires-syntax", breaks, "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nExpires: 0"},
    {"http-date-imf-fixdate", breaks, "200\nExpires: Thursday, 01-Dec-94 16:00:00 GMT"},
    {"expires-syntax", near_miss, "200\nExpires: Thursday, 01-Dec-94 16:00:00 GMT"},
    {"http-date-imf-fixdate", near_miss, "200\nExpires: Thu, 01 Dec 1994 16:00:00 GMT"},
    {"http-date-imf-fixdate", near_miss, "200\nDate: Sun, 06 Nov 1994 08:49:37 UTC"},
    {"http-date-imf-fixdate", near_miss, "503\nRetry-After: 120"},
    {"expires-syntax", near_miss, "200\nExpires: Thu, 01 Dec 1994 16:00:00 GMT"},

    // RFC 9111 §5.1, §1.2.2
    {"age-syntax", breaks, "200\nAge: -1"},
    {"age-syntax", breaks, "200\nAge: 1.5"},
    {"age-syntax", breaks, "200\nAge: 60 s"},
    {"age-syntax", breaks, "200\nAge: "},
    {"age-syntax", near_miss, "200\nAge: 60"},
    {"age-syntax", near_miss, "200\nAge: 99999999999999999999"},

    // RFC 9111 §5.2: #( token [ "=" ( token / quoted-string ) ] ), and each directive's argument.
    {"cache-control-syntax", breaks, "200\nCache-Control: max-age = 60"},
    {"cache-control-syntax", breaks, "200\nCache-Control: public; max-age=60"},
    {"cache-control-syntax", breaks, "200\nCache-Control: max-age=abc"},
    {"cache-control-syntax", breaks, "200\nCache-Control: no-cache=\"a b\""},
    {"cache-control-syntax", breaks, "200\nCache-Control: private=\"X-A"},
    {"cache-control-syntax", near_miss, "200\nCache-Control: public, max-age=60"},
    {"cache-control-syntax", near_miss, "200\nCache-Control: private, community=\"UCI\""},
    {"cache-control-syntax", near_miss, "200\nCache-Control: no-cache=\"Set-Cookie, X-A\""},
    {"cache-control-syntax", near_miss, "200\nCache-Control: "},

    // RFC 9111 §5.2.2.1, §5.2.2.10
    {"cc-delta-seconds-token-form", breaks, "200\nCache-Control: max-age=\"60\""},
    {"cc-delta-seconds-token-form", breaks, "200\nCache-Control: public, s-maxage=\"60\""},
    {"cc-delta-seconds-token-form", near_miss, "200\nCache-Control: max-age=60"},
    {"cc-delta-seconds-token-form", near_miss, "200\nCache-Control: x-ext=\"60\""},

    {"cc-required-argument", breaks, "200\nCache-Control: max-age"},
    {"cc-required-argument", breaks, "200\nCache-Control: public, s-maxage"},
    {"cc-required-argument", near_miss, "200\nCache-Control: max-age=0"},
    {"cc-required-argument", near_miss, "200\nCache-Control: no-cache"},

    // RFC 9111 §5.2.2.4, §5.2.2.7
    {"cc-field-list-quoted", breaks, "200\nCache-Control: no-cache=Set-Cookie"},
    {"cc-field-list-quoted", breaks, "200\nCache-Control: private=Authorization"},
    {"cc-field-list-quoted", near_miss, "200\nCache-Control: no-cache=\"Set-Cookie\""},
    {"cc-field-list-quoted", near_miss, "200\nCache-Control: private"},

    // RFC 9111 §5.2: "no argument is defined (nor allowed)".
    {"cc-no-argument", breaks, "200\nCache-Control: public=1"},
    {"cc-no-argument", breaks, "200\nCache-Control: no-store=\"true\""},
    {"cc-no-argument", breaks, "200\nCache-Control: must-revalidate=0"},
    {"cc-no-argument", near_miss, "200\nCache-Control: no-store, must-revalidate"},
    {"cc-no-argument", near_miss, "200\nCache-Control: x-flag=1"},

    // RFC 9111 §5.2.2.3
    {"cc-must-understand-with-no-store", breaks, "200\nCache-Control: must-understand"},
    {"cc-must-understand-with-no-store", breaks, "200\nCache-Control: must-understand, max-age=60"},
    {"cc-must-understand-with-no-store", near_miss,
     "200\nCache-Control: must-understand, no-store"},
    {"cc-must-understand-with-no-store", near_miss,
     "200\nCache-Control: must-understand\nCache-Control: no-store"},

    // RFC 9111 §5.2.1
    {"cc-request-only-directive", breaks, "200\nCache-Control: max-stale=60"},
    {"cc-request-only-directive", breaks, "200\nCache-Control: only-if-cached"},
    {"cc-request-only-directive", breaks, "200\nCache-Control: max-age=60, min-fresh=10"},
    {"cc-request-only-directive", near_miss, "200\nCache-Control: max-age=60, stale-if-error=600"},

    // RFC 9111 §4.2.1
    {"cc-no-duplicates-or-conflicts", breaks, "200\nCache-Control: max-age=60, max-age=120"},
    {"cc-no-duplicates-or-conflicts", breaks,
     "200\nCache-Control: max-age=60\nCache-Control: max-age=60"},
    {"cc-no-duplicates-or-conflicts", breaks, "200\nCache-Control: public, private"},
    {"cc-no-duplicates-or-conflicts", breaks, "200\nCache-Control: no-store, max-age=3600"},
    {"cc-no-duplicates-or-conflicts", breaks, "200\nCache-Control: no-cache, max-age=60"},
    {"cc-no-duplicates-or-conflicts", breaks, "200\nCache-Control: public, no-store"},
    {"cc-no-duplicates-or-conflicts", breaks, "200\nCache-Control: private, s-maxage=60"},
    {"cc-no-duplicates-or-conflicts", near_miss,
     "200\nCache-Control: no-store, no-cache, must-revalidate, max-age=0"},
    {"cc-no-duplicates-or-conflicts", near_miss,
     "200\nCache-Control: no-cache=\"Set-Cookie\", max-age=60"},
    {"cc-no-duplicates-or-conflicts", near_miss, "200\nCache-Control: public, max-age=60"},
    // RFC 9111 §5.2.2.7: a qualified private leaves the rest of the response to shared caches.
    {"cc-no-duplicates-or-conflicts", near_miss,
     "200\nCache-Control: s-maxage=60, private=\"Set-Cookie\""},
    {"cc-no-duplicates-or-conflicts", near_miss,
     "200\nCache-Control: public, private=\"Set-Cookie\""},
    {"cc-no-duplicates-or-conflicts", breaks,
     "200\nCache-Control: s-maxage=60\nCache-Control: private"},
    {"cc-no-duplicates-or-conflicts", near_miss,
     "200\nCache-Control: private, max-age=60\nCache-Control: must-revalidate"},

    // RFC 9110 §12.5.5
    {"vary-syntax", breaks, "200\nVary: Accept Encoding"},
    {"vary-syntax", breaks, "200\nVary: *, Accept"},
    {"vary-syntax", breaks, "200\nVary: *\nVary: Origin"},
    {"vary-syntax", near_miss, "200\nVary: Accept-Encoding, Accept-Language"},
    {"vary-syntax", near_miss, "200\nVary: *"},

    {"vary-star-not-from-proxy", breaks, "200\nVary: *", {}, {}, "proxy"},
    {"vary-star-not-from-proxy", breaks, "200\nVary: Origin\nVary: *", {}, {}, "proxy"},
    {"vary-star-not-from-proxy", near_miss, "200\nVary: *"},
    {"vary-star-not-from-proxy", near_miss, "200\nVary: *", {}, {}, "gateway"},
    {"vary-star-not-from-proxy", near_miss, "200\nVary: Accept-Encoding", {}, {}, "proxy"},
};

// Location, Content-Location, WWW-Authenticate, Proxy-Authenticate, Authentication-Info,
// Content-Type, Content-Encoding, Content-Language, Upgrade, Connection, Transfer-Encoding,
// Trailer, Server, Via, Link and Content-Disposition.
constexpr rule_case content_field_cases[] = {
    // RFC 9110 §10.2.2: one URI-reference (RFC 3986 §4.1).
    {"location-syntax", breaks, "301\nLocation: /a b\nContent-Length: 0"},
    {"location-syntax", breaks,
     "302\nLocation: http://example.com/caf\\xC3\\xA9\nContent-Length: 0"},
    {"location-syntax", breaks, "307\nLocation: http://[::1/x\nContent-Length: 0"},
    {"location-syntax", breaks, "303\nLocation: /a#b#c\nContent-Length: 0"},
    {"location-syntax", breaks, "301\nLocation: /a\nLocation: /b|c\nContent-Length: 0"},
    {"location-syntax", near_miss, "301\nLocation: /People.html#tim\nContent-Length: 0"},
    {"location-syntax", near_miss,
     "303\nLocation: https://example.com/s?q=a%20b\nContent-Length: 0"},
    {"location-syntax", near_miss, "302\nLocation: ../g;x=1/./y\nContent-Length: 0"},
    {"location-syntax", near_miss,
     "201\nLocation: http://[2001:db8::7]:8080/items/7\nContent-Length: 0"},

    // RFC 9110 §10.2.2: Location means something on 201 and 3xx.
    {"location-scope", breaks,
     "200\nLocation: /x\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"location-scope", breaks, "404\nLocation: /x\nContent-Length: 0"},
    {"location-scope", near_miss, "201\nLocation: /items/7\nContent-Length: 0"},
    {"location-scope", near_miss, "308\nLocation: /new\nContent-Length: 0"},
    {"location-scope", near_miss, "300\nLocation: /choice\nContent-Length: 0"},

    // RFC 9110 §8.7: absolute-URI / partial-URI, no fragment.
    {"content-location-syntax", breaks,
     "200\nContent-Location: /doc#top\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-location-syntax", breaks,
     "200\nContent-Location: /doc en\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-location-syntax", near_miss,
     "200\nContent-Location: /doc.en.html\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-location-syntax", near_miss,
     "200\nContent-Location: http://example.com/doc?lang=en\nContent-Type: text/plain\n"
     "Content-Length: 2\n\nhi"},

    // RFC 9110 §11.6.1, §11.7.1, §11.3, §11.2; BWS is never generated (§5.6.3).
    {"www-authenticate-syntax", breaks,
     "401\nWWW-Authenticate: Basic realm=\"x\" charset=UTF-8\nContent-Length: 0"},
    {"no-bws", breaks, "401\nWWW-Authenticate: Basic realm = \"x\"\nContent-Length: 0"},
    {"www-authenticate-syntax", near_miss,
     "401\nWWW-Authenticate: Basic realm = \"x\"\nContent-Length: 0"},
    {"no-bws", near_miss, "401\nWWW-Authenticate: Basic realm=\"a = b\"\nContent-Length: 0"},
    {"www-authenticate-syntax", breaks,
     "407\nProxy-Authenticate: Basic\\trealm=\"x\"\nContent-Length: 0"},
    {"www-authenticate-syntax", breaks,
     "401\nWWW-Authenticate: Basic realm=\"x\"\nWWW-Authenticate: Bearer "
     "realm=\"x\nContent-Length: 0"},
    {"www-authenticate-syntax", near_miss,
     "401\nWWW-Authenticate: Newauth realm=\"apps\", type=1, title=\"Login to \\\\\"apps\\\\\"\", "
     "Basic realm=\"simple\"\nContent-Length: 0"},
    {"www-authenticate-syntax", near_miss,
     "401\nWWW-Authenticate: Negotiate\nWWW-Authenticate: Negotiate YIIBhwYGKwYBBQUC==\n"
     "Content-Length: 0"},
    {"www-authenticate-syntax", near_miss,
     "401\nWWW-Authenticate: Digest realm=\"x\",qop=\"auth, auth-int\",nonce=\"7ypf/xlj9\"\n"
     "Content-Length: 0"},

    // RFC 9110 §11.2: each auth-param name once per challenge.
    {"auth-param-unique", breaks,
     "401\nWWW-Authenticate: Basic realm=\"a\", Realm=\"b\"\nContent-Length: 0"},
    {"auth-param-unique", breaks,
     "407\nProxy-Authenticate: Bearer realm=\"a\", Basic realm=\"b\", charset=\"UTF-8\", "
     "charset=\"UTF-8\"\nContent-Length: 0"},
    {"auth-param-unique", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"a\", Bearer realm=\"a\"\nContent-Length: 0"},
    {"auth-param-unique", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"a\"\nWWW-Authenticate: Basic realm=\"b\"\n"
     "Content-Length: 0"},

    // RFC 9110 §11.5: realm only as a quoted-string.
    {"auth-realm-quoted", breaks, "401\nWWW-Authenticate: Basic realm=simple\nContent-Length: 0"},
    {"auth-realm-quoted", breaks, "407\nProxy-Authenticate: Bearer REALM=api\nContent-Length: 0"},
    {"auth-realm-quoted", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"simple\"\nContent-Length: 0"},
    {"auth-realm-quoted", near_miss,
     "401\nWWW-Authenticate: Bearer realm=\"api\", error=invalid_token\nContent-Length: 0"},

    // RFC 9110 §11.6.1: several challenges on one line might not be interoperable.
    {"auth-challenge-per-line", breaks,
     "401\nWWW-Authenticate: Basic realm=\"a\", Bearer realm=\"a\"\nContent-Length: 0"},
    {"auth-challenge-per-line", breaks,
     "401\nWWW-Authenticate: Newauth realm=\"apps\", type=1, Basic realm=\"simple\"\n"
     "Content-Length: 0"},
    {"auth-challenge-per-line", near_miss,
     "401\nWWW-Authenticate: Newauth realm=\"apps\", type=1\nWWW-Authenticate: Basic "
     "realm=\"simple\"\nContent-Length: 0"},
    {"auth-challenge-per-line", near_miss,
     "401\nWWW-Authenticate: Digest realm=\"x\", qop=\"auth, auth-int\", nonce=\"abc\"\n"
     "Content-Length: 0"},

    // RFC 7617 §2, §2.1
    {"basic-realm-required", breaks, "401\nWWW-Authenticate: Basic\nContent-Length: 0"},
    {"basic-realm-required", breaks,
     "401\nWWW-Authenticate: Basic charset=\"UTF-8\"\nContent-Length: 0"},
    {"basic-realm-required", breaks,
     "401\nWWW-Authenticate: Basic realm=\"x\", charset=ISO-8859-1\nContent-Length: 0"},
    {"basic-realm-required", breaks,
     "407\nProxy-Authenticate: Bearer realm=\"x\"\nProxy-Authenticate: basic realm=\"x\", "
     "charset=\"latin1\"\nContent-Length: 0"},
    {"basic-realm-required", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"foo\", charset=\"utf-8\"\nContent-Length: 0"},
    {"basic-realm-required", near_miss, "401\nWWW-Authenticate: Bearer\nContent-Length: 0"},
    {"basic-realm-required", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"WallyWorld\"\nContent-Length: 0"},

    // RFC 9110 §11.6.3, §11.7.3: #auth-param.
    {"authentication-info-syntax", breaks,
     "200\nAuthentication-Info: nextnonce\nContent-Length: 0"},
    {"authentication-info-syntax", breaks,
     "200\nAuthentication-Info: qop=auth rspauth=\"x\"\nContent-Length: 0"},
    {"no-bws", breaks, "200\nAuthentication-Info: qop=auth, nc = 00000001\nContent-Length: 0"},
    {"authentication-info-syntax", breaks,
     "200\nProxy-Authentication-Info: Basic realm=\"x\"\nContent-Length: 0"},
    {"authentication-info-syntax", near_miss,
     "200\nAuthentication-Info: qop=auth, rspauth=\"6629fae49393a05397450978507c4ef1\", "
     "cnonce=\"0a4f113b\", nc=00000001\nContent-Length: 0"},
    {"authentication-info-syntax", near_miss,
     "200\nProxy-Authentication-Info: nextnonce=\"47364c23432d2e131a5fb210812c\"\n"
     "Content-Length: 0"},

    // RFC 9110 §8.3, §8.3.1, §5.6.6
    {"content-type-syntax", breaks,
     "200\nContent-Type: text/html charset=utf-8\nContent-Length: 2\n\nhi"},
    {"content-type-syntax", breaks, "200\nContent-Type: text\nContent-Length: 2\n\nhi"},
    {"parameter-no-ws-around-equals", breaks,
     "200\nContent-Type: text/html; charset = utf-8\nContent-Length: 2\n\nhi"},
    {"parameter-no-ws-around-equals", breaks,
     "200\nContent-Type: text/html;charset= \"utf-8\"\nContent-Length: 2\n\nhi"},
    {"content-type-syntax", near_miss,
     "200\nContent-Type: text/html; charset = utf-8\nContent-Length: 2\n\nhi"},
    {"parameter-no-ws-around-equals", near_miss,
     "200\nContent-Type: text/html; charset=utf-8\nContent-Length: 2\n\nhi"},
    {"parameter-no-ws-around-equals", near_miss,
     "200\nContent-Type: text/html; a=\"x = y\"\nContent-Length: 2\n\nhi"},
    {"parameter-no-ws-around-equals", near_miss,
     "200\nContent-Type: text html; charset = utf-8\nContent-Length: 2\n\nhi"},
    {"content-type-syntax", breaks,
     "200\nContent-Type: text/html, text/plain\nContent-Length: 2\n\nhi"},
    {"content-type-syntax", breaks,
     "200\nContent-Type: text/plain\nContent-Type: text html\nContent-Length: 2\n\nhi"},
    {"content-type-syntax", near_miss,
     "200\nContent-Type: Text/HTML;Charset=\"utf-8\"\nContent-Length: 2\n\nhi"},
    {"content-type-syntax", near_miss, "200\nContent-Type: text/plain;\nContent-Length: 2\n\nhi"},
    {"content-type-syntax", near_miss,
     "206\nContent-Type: multipart/byteranges; boundary=THIS_STRING_SEPARATES\n"
     "Content-Length: 2\n\nhi"},

    // RFC 9110 §8.3
    {"content-type-present", breaks, "200\nContent-Length: 2\n\nhi"},
    {"content-type-present", breaks, "404\nTransfer-Encoding: chunked\n@size: unknown"},
    {"content-type-present", near_miss, "200\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-type-present", near_miss, "200\nContent-Length: 0"},
    {"content-type-present", near_miss, "204"},
    {"content-type-present", near_miss, "205\nContent-Length: 2\n\nhi"},
    {"content-type-present", near_miss, "304\nETag: \"v1\""},
    {"content-type-present", near_miss, "200\nContent-Length: 20", "HEAD"},
    // RFC 9110 §15.3.7: a 206 to If-Range sends no representation fields beyond those required.
    {"content-type-present", near_miss,
     "206\nETag: \"v1\"\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4\nIf-Range: \"v1\""},
    {"content-type-present", breaks,
     "206\nETag: \"v1\"\nContent-Range: bytes 0-4/10\nContent-Length: 5\n\nhello",
     "GET\nRange: bytes=0-4"},

    // RFC 9110 §8.4, §8.4.1
    {"content-encoding-syntax", breaks,
     "200\nContent-Encoding: gzip br\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-encoding-syntax", breaks,
     "200\nContent-Encoding: gzip;q=1\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-encoding-syntax", near_miss,
     "200\nContent-Encoding: deflate, gzip\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-encoding-syntax", near_miss,
     "200\nContent-Encoding: gzip\nContent-Encoding: br\nContent-Type: text/plain\n"
     "Content-Length: 2\n\nhi"},

    // RFC 9110 §8.4
    {"content-encoding-no-identity", breaks,
     "200\nContent-Encoding: identity\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-encoding-no-identity", breaks,
     "200\nContent-Encoding: gzip, IDENTITY\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-encoding-no-identity", near_miss,
     "200\nContent-Encoding: gzip\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-encoding-no-identity", near_miss,
     "200\nContent-Encoding: x-identity\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},

    // RFC 9110 §8.5, §8.5.1; RFC 5646 §2.1
    {"content-language-syntax", breaks,
     "200\nContent-Language: en_US\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-language-syntax", breaks,
     "200\nContent-Language: de-419-DE\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-language-syntax", breaks,
     "200\nContent-Language: en US\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-language-syntax", near_miss,
     "200\nContent-Language: mi, en\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-language-syntax", near_miss,
     "200\nContent-Language: zh-Hans-CN, i-klingon, x-pig-latin\nContent-Type: text/plain\n"
     "Content-Length: 2\n\nhi"},

    // RFC 9110 §7.8
    {"upgrade-syntax", breaks, "101\nConnection: upgrade\nUpgrade: HTTP/"},
    {"upgrade-syntax", breaks,
     "426\nUpgrade: websocket h2c\nConnection: upgrade\nContent-Length: 0"},
    {"upgrade-syntax", near_miss, "101\nConnection: upgrade\nUpgrade: websocket"},
    {"upgrade-syntax", near_miss,
     "426\nUpgrade: HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11\nConnection: upgrade\nContent-Length: 0"},

    // RFC 9110 §7.6.1
    {"connection-syntax", breaks, "200\nConnection: close keep-alive\nContent-Length: 0"},
    {"connection-syntax", breaks, "200\nConnection: \"close\"\nContent-Length: 0"},
    {"connection-syntax", near_miss, "200\nConnection: close\nContent-Length: 0"},
    {"connection-syntax", near_miss, "101\nConnection: keep-alive, Upgrade\nUpgrade: websocket"},

    // RFC 9112 §6.1, §7
    {"transfer-encoding-syntax", breaks, "200\nTransfer-Encoding: gzip chunked\n@size: unknown"},
    {"no-bws", breaks, "200\nTransfer-Encoding: foo;a = 1, chunked\n@size: unknown"},
    {"transfer-encoding-syntax", breaks, "200\nTransfer-Encoding: chunked;\n@size: unknown"},
    {"transfer-encoding-syntax", near_miss,
     "200\nTransfer-Encoding: gzip, chunked\nContent-Type: text/plain\n@size: unknown"},
    {"transfer-encoding-syntax", near_miss,
     "200\nTransfer-Encoding: foo;a=\"1\"\nTransfer-Encoding: chunked\n@size: unknown"},

    // RFC 9110 §6.6.2
    {"trailer-syntax", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: Content MD5\n@size: unknown"},
    {"trailer-syntax", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: X-Checksum;sha256\n@size: unknown"},
    {"trailer-syntax", near_miss,
     "200\nTransfer-Encoding: chunked\nTrailer: X-Checksum, Server-Timing\n@size: unknown"},

    // RFC 9110 §10.2.4, §10.1.5, §5.6.5
    {"server-syntax", breaks, "200\nServer: (Ubuntu)\nContent-Length: 0"},
    {"server-syntax", breaks, "200\nServer: Apache/\nContent-Length: 0"},
    {"server-syntax", breaks, "200\nServer: Apache, nginx\nContent-Length: 0"},
    {"server-syntax", breaks, "200\nServer: example/1.0 (unclosed\nContent-Length: 0"},
    {"server-syntax", near_miss, "200\nServer: CERN/3.0 libwww/2.17\nContent-Length: 0"},
    {"server-syntax", near_miss, "200\nServer: Apache/2.4 (Unix (nested))\nContent-Length: 0"},

    // RFC 9110 §10.2.4, §17.12: a heuristic (see the rule's note).
    {"server-minimal", breaks,
     "200\nServer: Apache/2.4 (Unix) OpenSSL/1.1 mod_perl/2.0\nContent-Length: 0"},
    {"server-minimal", breaks, "200\nServer: nginx/1.18.0\nContent-Length: 0"},
    {"server-minimal", near_miss, "200\nServer: nginx\nContent-Length: 0"},
    {"server-minimal", near_miss, "200\nServer: CERN/3.0 libwww/2.17\nContent-Length: 0"},
    {"server-minimal", near_miss, "200\nServer: example/1.0 (build 1.2.3)\nContent-Length: 0"},
    {"server-minimal", near_miss, "200\nServer: nginx/1.18.0\nContent-Length: 0", {}, {}, "proxy"},

    // RFC 9110 §7.6.3
    {"via-syntax", breaks, "200\nVia: 1.1\nContent-Length: 0"},
    {"via-syntax", breaks, "200\nVia: 1.1 fred(comment)\nContent-Length: 0"},
    {"via-syntax", breaks, "200\nVia: 1.0 fred\nVia: HTTP/ p.example.net\nContent-Length: 0"},
    {"via-syntax", near_miss, "200\nVia: 1.0 fred, 1.1 p.example.net\nContent-Length: 0"},
    {"via-syntax", near_miss,
     "200\nVia: 1.1 varnish (Varnish/6.0), HTTP/1.1 proxy.example.com:8080\nContent-Length: 0"},

    // RFC 8288 §3
    {"link-syntax", breaks, "200\nLink: http://example.com/; rel=next\nContent-Length: 0"},
    {"link-syntax", breaks, "200\nLink: </a b>; rel=next\nContent-Length: 0"},
    {"no-bws", breaks, "200\nLink: </a>; rel = next\nContent-Length: 0"},
    {"no-bws", near_miss, "200\nLink: </a?b=c>; rel=next\nContent-Length: 0"},
    {"link-syntax", breaks, "103\nLink: </style.css>; rel=preload; as=style </x>"},
    {"link-syntax", near_miss,
     "200\nLink: </TheBook/chapter2>; rel=\"previous\"; title*=UTF-8'de'letztes%20Kapitel, "
     "</TheBook/chapter4>; rel=\"next\"; title*=UTF-8'de'n%c3%a4chstes%20Kapitel\n"
     "Content-Length: 0"},
    {"link-syntax", near_miss, "103\nLink: </style.css>; rel=preload; as=style"},
    {"link-syntax", near_miss,
     "200\nLink: </a,b>; rel=next\nLink: </terms>; rel=\"copyright\"; anchor=\"#foo\"\n"
     "Content-Length: 0"},

    // RFC 8288 §3.3
    {"link-rel-required", breaks, "103\nLink: </style.css>; as=style"},
    {"link-rel-required", breaks, "200\nLink: </a>; rel=next; rel=prev\nContent-Length: 0"},
    {"link-rel-required", breaks, "200\nLink: </a>; rel=next, </b>; rel\nContent-Length: 0"},
    {"link-rel-required", near_miss, "200\nLink: </a>; rel=\"next prev\"\nContent-Length: 0"},
    {"link-rel-required", near_miss,
     "200\nLink: <https://example.org/>; rel=\"start\", <https://example.org/index>; "
     "rel=\"index\"\nContent-Length: 0"},

    // RFC 6266 §4.1; RFC 8187 §3.2.1
    {"content-disposition-valid", breaks,
     "200\nContent-Disposition: attachment; filename=a; filename=b\nContent-Type: text/plain\n"
     "Content-Length: 2\n\nhi"},
    {"content-disposition-valid", breaks,
     "200\nContent-Disposition: attachment;\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-disposition-valid", breaks,
     "200\nContent-Disposition: attachment; filename*=UTF-8''%e2%82\nContent-Type: text/plain\n"
     "Content-Length: 2\n\nhi"},
    {"content-disposition-valid", near_miss,
     "200\nContent-Disposition: Attachment; filename=example.html\nContent-Type: text/html\n"
     "Content-Length: 2\n\nhi"},
    {"content-disposition-valid", near_miss,
     "200\nContent-Disposition: INLINE; FILENAME= \"an example.html\"\nContent-Type: text/html\n"
     "Content-Length: 2\n\nhi"},

    // RFC 6266 §4.3, §5
    {"content-disposition-filename-fallback", breaks,
     "200\nContent-Disposition: attachment; filename*= UTF-8''%e2%82%ac%20rates\n"
     "Content-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-disposition-filename-fallback", near_miss,
     "200\nContent-Disposition: attachment; filename=\"EURO rates\"; "
     "filename*=utf-8''%e2%82%ac%20rates\nContent-Type: text/plain\nContent-Length: 2\n\nhi"},
    {"content-disposition-filename-fallback", near_miss,
     "200\nContent-Disposition: attachment; filename=a.txt\nContent-Type: text/plain\n"
     "Content-Length: 2\n\nhi"},
};

}  // namespace

std::span<rule_case const> field_specific_cases() { return validator_field_cases; }
std::span<rule_case const> field_specific_auth_cases() { return content_field_cases; }

}  // namespace respolicy::test
