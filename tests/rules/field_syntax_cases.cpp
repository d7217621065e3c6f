//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.3: field names and field values.

#include "rule_case.hpp"

#include <array>

namespace respolicy::test {
namespace {

// The text of a 301 whose Location value is N octets long.
template <std::size_t N>
struct redirect_with_location {
  static constexpr std::string_view head = "301\nContent-Length: 0\nLocation: ";
  static constexpr std::string_view uri = "https://example.com/";
  std::array<char, head.size() + N> text{};

  constexpr redirect_with_location() {
    std::size_t i = 0;
    for (char c : head) text[i++] = c;
    for (char c : uri) text[i++] = c;
    while (i < text.size()) text[i++] = 'a';
  }
  constexpr std::string_view view() const { return {text.data(), text.size()}; }
};

constexpr redirect_with_location<8000> location_8000;
constexpr redirect_with_location<8001> location_8001;

constexpr rule_case cases[] = {
    // RFC 9110 §5.1, §5.6.2; RFC 9112 §5.1: a token, no whitespace before the colon.
    {"field-name-token", breaks, "204\nX Custom: 1"},
    {"field-name-token", breaks, "204\nX-Custom : 1"},
    {"field-name-token", breaks, "204\n: 1"},
    {"field-name-token", breaks, "204\nX-Evil\\r\\nSet-Cookie: a=1"},
    {"field-name-token", breaks, "204\nX-Caf\\xC3\\xA9: 1"},
    {"field-name-token", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: Bad Name\n@size: unknown\n~Bad Name: 1"},
    {"field-name-token", near_miss, "204\nX-Custom_v2.1!#$%&'*+^`|~: 1"},

    // RFC 9110 §5.5; RFC 9112 §2.2: response splitting.
    {"field-value-no-cr-lf-nul", breaks, "204\nX-Name: a\\rb"},
    {"field-value-no-cr-lf-nul", breaks, "204\nX-Name: a\\nb"},
    {"field-value-no-cr-lf-nul", breaks, "204\nX-Name: a\\0b"},
    {"field-value-no-cr-lf-nul", breaks, "204\nX-Name: 0123456789abcdef0123\\r\\nSet-Cookie: a=1"},
    {"field-value-no-cr-lf-nul", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: X-Checksum\n@size: unknown\n~X-Checksum: a\\r\\nb"},
    {"field-value-no-cr-lf-nul", near_miss, "204\nX-Path: C:\\\\ruby\\\\new"},
    {"field-value-no-cr-lf-nul", near_miss, "204\nX-Name: a\\tb"},

    // RFC 9110 §5.5
    {"field-value-no-ctl", breaks, "204\nX-Name: a\\x01b"},
    {"field-value-no-ctl", breaks, "204\nX-Name: a\\x7Fb"},
    {"field-value-no-ctl", breaks, "204\nX-Name: 0123456789abcdef\\x1B[31m"},
    {"field-value-no-ctl", near_miss, "204\nX-Name: a\\tb"},
    {"field-value-no-ctl", near_miss, "204\nX-Name: 0123456789abcdef~"},

    // RFC 9110 §5.5; RFC 9112 §5.1. The text format drops one space after the colon.
    {"field-value-trimmed", breaks, "204\nX-Name:  a"},
    {"field-value-trimmed", breaks, "204\nX-Name: a "},
    {"field-value-trimmed", breaks, "204\nX-Name: a\\t"},
    {"field-value-trimmed", near_miss, "204\nX-Name: a \\t b"},
    {"field-value-trimmed", near_miss, "204\nX-Name:"},
    {"field-value-trimmed", breaks, "204\nX-Name: abcdefghijklmnopqrst "},  // 21 bytes
    {"field-value-trimmed", breaks, "204\nX-Name:  abcdefghijklmno"},       // 16
    {"field-value-trimmed", breaks, "204\nX-Name: abcdefghijklmnopqrstuvwxyz 0123456789 "},
    {"field-value-trimmed", near_miss, "204\nX-Name: a b c d e f g h i j k l m n o p"},  // 31

    // RFC 9110 §5.5
    {"field-value-ascii", breaks, "204\nX-Name: caf\\xC3\\xA9"},
    {"field-value-ascii", breaks, "204\nX-Title: 0123456789abcdef caf\\xC3\\xA9"},
    {"field-value-ascii", near_miss,
     "200\nContent-Disposition: attachment; filename*=UTF-8''caf%C3%A9.txt\nContent-Length: "
     "3\n\nabc"},

    // RFC 9112 §5.2
    {"no-obs-fold", breaks, "204\nX-Name: a\\r\\n b"},
    {"no-obs-fold", breaks, "204\nX-Name: a\\r\\n\\tb"},
    {"no-obs-fold", breaks, "204\nX-Name: a\\n b"},
    {"no-obs-fold", near_miss, "204\nVary: Accept\nVary: Accept-Encoding"},
    {"no-obs-fold", near_miss, "204\nX-Name: a \\t b"},

    // RFC 9110 §5.3
    {"no-duplicate-singleton-field", breaks,
     "200\nContent-Type: text/plain\nContent-Type: text/html\nContent-Length: 3\n\nabc"},
    {"no-duplicate-singleton-field", breaks, "200\nContent-Length: 3\nContent-Length: 3\n\nabc"},
    {"no-duplicate-singleton-field", breaks, "302\nLocation: /a\nLocation: /b\nContent-Length: 0"},
    {"no-duplicate-singleton-field", near_miss, "204\nSet-Cookie: a=1\nSet-Cookie: b=2"},
    {"no-duplicate-singleton-field", near_miss,
     "204\nCache-Control: no-cache\nCache-Control: no-store"},
    {"no-duplicate-singleton-field", near_miss, "204\nVary: Accept\nVary: Accept-Encoding"},
    // "in a message (whether in the headers or trailers)"
    {"no-duplicate-singleton-field", breaks,
     "200\nETag: \"a\"\nTransfer-Encoding: chunked\nTrailer: ETag\n@size: unknown\n~ETag: \"b\""},
    {"no-duplicate-singleton-field", breaks,
     "200\nTransfer-Encoding: chunked\nTrailer: ETag\n@size: unknown\n~ETag: \"a\"\n~ETag: \"b\""},
    {"no-duplicate-singleton-field", near_miss,
     "200\nTransfer-Encoding: chunked\nTrailer: ETag\n@size: unknown\n~ETag: \"b\""},

    // RFC 9110 §5.6.1.1
    {"no-empty-list-elements", breaks, "204\nVary: Accept,,Accept-Encoding"},
    {"no-empty-list-elements", breaks, "204\nCache-Control: no-cache,"},
    {"no-empty-list-elements", breaks, "204\nAllow: , GET"},
    {"no-empty-list-elements", breaks, "204\nVary: Accept, \\t ,Accept-Encoding"},
    {"no-empty-list-elements", breaks, "204\nLink: </a>; rel=next,,</b>; rel=prev"},
    {"no-empty-list-elements", breaks, "204\nVia: 1.1 a (cache),,1.1 b"},
    {"no-empty-list-elements", near_miss, "204\nAllow:"},
    {"no-empty-list-elements", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"a,,b\"\nContent-Length: 0"},
    {"no-empty-list-elements", near_miss, "204\nLink: <https://example.com/?q=a,,b>; rel=next"},
    {"no-empty-list-elements", near_miss, "204\nVia: 1.1 a (cache, (v2,, beta)), 1.1 b"},
    // Values of 16 to 32 bytes are screened as two overlapping blocks, longer ones block by block.
    {"no-empty-list-elements", breaks, "204\nVary: Accept-Encoding,,Origin"},           // 29 bytes
    {"no-empty-list-elements", breaks, "204\nVary: , Accept-Encoding, Origin"},         // 25
    {"no-empty-list-elements", breaks, "204\nVary: Accept-Encoding, Origin, Cookie,"},  // 32
    {"no-empty-list-elements", breaks, "204\nVary: Accept-Encoding, Accept-Language, , Origin"},
    {"no-empty-list-elements", near_miss, "204\nVary: Accept-Encoding, Origin, Cookies"},  // 32
    {"no-empty-list-elements", near_miss, "204\nCache-Control: no-cache=\"a,,b\", no-store"},
    {"no-empty-list-elements", near_miss,
     "204\nVary: Accept-Encoding, Accept-Language, Origin, Cookie"},

    // RFC 9110 §4.1: recipients are asked to support 8000 octets.
    {"uri-length", breaks, location_8001.view()},
    {"uri-length", near_miss, location_8000.view()},

    // RFC 9111 §5.4, §5.5; RFC 9110 §18.4
    {"deprecated-fields", breaks, "204\nWarning: 110 - \"Response is Stale\""},
    {"deprecated-fields", breaks,
     "200\nContent-MD5: kAFQmDzST7DWlj99KOF/cg==\nContent-Length: 3\n\nabc"},
    {"deprecated-fields", breaks, "204\nPragma: no-cache"},
    {"deprecated-fields", breaks, "204\nCache-Control: no-cache\nPragma: no-cache"},
    {"deprecated-fields", near_miss, "204\nCache-Control: no-cache"},

    // RFC 9110 §18.4; RFC 9112 §9.6
    {"reserved-field-names", breaks, "204\n*: 1"},
    {"reserved-field-names", breaks, "204\nClose: 1"},
    {"reserved-field-names", near_miss, "204\nConnection: close"},
    {"reserved-field-names", near_miss, "204\nVary: *"},

    // RFC 8470 §5.1
    {"early-data-not-in-response", breaks, "204\nEarly-Data: 1"},
    {"early-data-not-in-response", near_miss, "425\nContent-Length: 9\n\nToo early",
     "GET\nEarly-Data: 1"},

    // RFC 9110 §7.6.1. Upgrade has its own rule.
    {"connection-lists-hop-by-hop", breaks, "204\nKeep-Alive: timeout=5"},
    {"connection-lists-hop-by-hop", breaks, "204\nConnection: close\nKeep-Alive: timeout=5"},
    {"connection-lists-hop-by-hop", breaks, "204\nProxy-Connection: keep-alive"},
    {"connection-lists-hop-by-hop", near_miss,
     "204\nConnection: Keep-Alive\nKeep-Alive: timeout=5"},
    {"connection-lists-hop-by-hop", near_miss,
     "204\nConnection: keep-alive\nConnection: proxy-connection\nKeep-Alive: "
     "timeout=5\nProxy-Connection: keep-alive"},

    // RFC 9110 §7.6.1
    {"connection-no-end-to-end-option", breaks,
     "204\nConnection: Cache-Control\nCache-Control: no-store"},
    {"connection-no-end-to-end-option", breaks, "204\nConnection: close, Date"},
    {"connection-no-end-to-end-option", near_miss, "204\nConnection: close, X-Hop\nX-Hop: 1"},

    // RFC 9110 §5.6.3: OWS, where generated, is one SP.
    {"ows-single-sp", breaks, "204\nCache-Control: no-cache,  no-store"},
    {"ows-single-sp", breaks, "204\nVary: Accept,\tOrigin"},
    {"ows-single-sp", breaks, "204\nVary: Accept  , Origin"},
    {"ows-single-sp", breaks, "200\nContent-Type: text/plain;  charset=utf-8\nContent-Length: 0"},
    {"ows-single-sp", near_miss, "204\nCache-Control: no-cache, no-store"},
    {"ows-single-sp", near_miss, "204\nVary: Accept,Origin"},
    {"ows-single-sp", near_miss, "204\nVary: Accept , Origin"},
    {"ows-single-sp", near_miss, "401\nWWW-Authenticate: Basic realm=\"a,  b\"\nContent-Length: 0"},
    {"ows-single-sp", near_miss, "204\nVia: 1.1 proxy (a ;  b)"},
    {"ows-single-sp", near_miss, "204\nX-List: a,  b"},
    // The two SPs at offsets 15 and 16: one in each of the two blocks of a 23-byte value.
    {"ows-single-sp", breaks, "204\nVary: Accept-Charset,  Origin"},
    {"ows-single-sp", breaks, "204\nVary: Accept-Encoding, Accept-Language,  Origin"},  // 41
    {"ows-single-sp", near_miss, "204\nVary: Accept-Encoding, Accept-Language, Origin"},

    // RFC 9110 §5.6.4, §5.6.5: quoted-pairs only for what needs quoting.
    {"quoted-pair-minimal", breaks,
     "401\nWWW-Authenticate: Basic realm=\"\\a\"\nContent-Length: 0"},
    {"quoted-pair-minimal", breaks,
     "200\nContent-Type: text/plain; charset=\"utf\\-8\"\nContent-Length: 0"},
    {"quoted-pair-minimal", breaks, "204\nServer: x/1 (\\\"quoted\\\")"},
    {"quoted-pair-minimal", near_miss,
     "401\nWWW-Authenticate: Basic realm=\"a \\\"b\\\" \\\\\\\\ c\"\nContent-Length: 0"},
    {"quoted-pair-minimal", near_miss, "204\nServer: x/1 (a \\(b\\) c)"},
    {"quoted-pair-minimal", near_miss, "204\nX-Path: \"C:\\dir\""},
    {"quoted-pair-minimal", breaks, "204\nCache-Control: no-cache=\"Set-Cook\\ie\""},  // 25
    {"quoted-pair-minimal", breaks,
     "204\nCache-Control: private, no-cache=\"Set-Cookie, X-Tok\\en\""},  // 45
};

}  // namespace

std::span<rule_case const> field_syntax_cases() { return cases; }

}  // namespace respolicy::test
