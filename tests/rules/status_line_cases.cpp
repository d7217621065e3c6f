//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.2: status line and status code.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr rule_case cases[] = {
    // RFC 9112 §4: status-code = 3DIGIT.
    {"status-code-three-digits", breaks, "99"},
    {"status-code-three-digits", breaks, "1000"},
    {"status-code-three-digits", near_miss, "100"},
    {"status-code-three-digits", near_miss, "599 Network Read Timeout\nContent-Length: 0"},

    // RFC 9110 §15
    {"status-code-range", breaks, "600 Internal"},
    {"status-code-range", breaks, "99"},
    {"status-code-range", near_miss, "599 Network Read Timeout\nContent-Length: 0"},
    {"status-code-range", near_miss, "100"},

    // RFC 9110 §15, §16.2
    {"status-code-registered", breaks, "299 Custom"},
    {"status-code-registered", breaks, "427 Custom"},
    {"status-code-registered", near_miss, "425\nContent-Length: 0"},
    {"status-code-registered", near_miss, "104"},
    {"status-code-registered", breaks, "520 Unknown Error\nContent-Length: 0"},

    // RFC 9110 §15.4.6, §15.4.7, §15.5.3, §15.5.19; IANA registry (510)
    {"status-code-deprecated-or-reserved", breaks, "102"},
    {"status-code-deprecated-or-reserved", breaks, "305"},
    {"status-code-deprecated-or-reserved", breaks, "306"},
    {"status-code-deprecated-or-reserved", breaks, "402"},
    {"status-code-deprecated-or-reserved", breaks, "418"},
    {"status-code-deprecated-or-reserved", breaks, "510"},
    {"status-code-deprecated-or-reserved", near_miss, "103"},
    {"status-code-deprecated-or-reserved", near_miss, "307\nLocation: /next\nContent-Length: 0"},
    {"status-code-deprecated-or-reserved", near_miss, "403\nContent-Length: 9\n\nForbidden"},
    {"status-code-deprecated-or-reserved", near_miss, "104"},

    // RFC 9112 §4: 1*( HTAB / SP / VCHAR / obs-text ).
    {"reason-phrase-charset", breaks, "204 No Content\\r\\nSet-Cookie: admin=1"},
    {"reason-phrase-charset", breaks, "204 No\\0Content"},
    {"reason-phrase-charset", breaks, "204 No Content\\x7F"},
    {"reason-phrase-charset", breaks, "204 \\x1B[31mNo Content"},
    {"reason-phrase-charset", near_miss, "204 No\\tContent"},
    {"reason-phrase-charset", near_miss, "204 Pas de contenu \\xC3\\xA9crit"},
    {"reason-phrase-charset", near_miss, "204 \"\""},

    // RFC 9110 §15.1; RFC 9112 §4
    {"reason-phrase-registered", breaks, "204 Nothing"},
    {"reason-phrase-registered", breaks, "204 no content"},
    {"reason-phrase-registered", breaks, "413 Payload Too Large\nContent-Length: 0"},
    {"reason-phrase-registered", near_miss, "413 Content Too Large\nContent-Length: 0"},
    {"reason-phrase-registered", near_miss, "204 \"\""},
    {"reason-phrase-registered", near_miss, "299 Anything\nContent-Length: 0"},

    // RFC 9112 §4; RFC 9110 §5.5
    {"reason-phrase-ascii", breaks, "204 Pas de contenu \\xC3\\xA9crit"},
    {"reason-phrase-ascii", near_miss, "204 Pas de contenu ecrit"},

    // RFC 9112 §2.3: the text parser turns "HTTP/A.0" into 170, outside DIGIT "." DIGIT.
    {"http-version-syntax", breaks, "HTTP/A.0 204"},
    {"http-version-syntax", near_miss, "HTTP/1.0 204"},

    // RFC 9110 §6.2; RFC 9112 §2.3: MUST NOT send a version it does not conform to; SHOULD send
    // the highest version whose major is at most the request's.
    {"response-version", breaks, "HTTP/2.1 204"},
    // HTTP/2 and HTTP/3 have no status line and no version to get wrong (RFC 9113 §8.3.2).
    {"response-version", near_miss, "HTTP/2 204", "GET HTTP/1.1"},
    {"response-version", breaks, "HTTP/0.9 204"},
    {"response-version", breaks, "HTTP/1.2 204", "GET"},
    {"response-version", breaks, "HTTP/1.0 204", "GET", {}, {}, severity::warning},
    {"response-version", breaks, "HTTP/1.0 204", "GET", {}, "strict"},
    {"response-version", near_miss, "HTTP/1.1 204", "GET HTTP/1.0"},
    {"response-version", near_miss, "HTTP/1.0 204", "GET HTTP/1.0"},
    {"response-version", near_miss, "HTTP/1.0 204"},
    // A method without its request's version (respolicy-lint --method): nothing to compare.
    {"response-version", near_miss, "HTTP/1.0 204", "GET HTTP/?"},
};

}  // namespace

std::span<rule_case const> status_line_cases() { return cases; }

}  // namespace respolicy::test
