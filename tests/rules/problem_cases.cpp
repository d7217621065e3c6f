//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.9: problem details (RFC 9457). Bodies are written as raw strings: the test-text
// escapes (\n, \t, \\, \xHH) apply, any other backslash reaches the JSON reader as written.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr rule_case cases[] = {
    // RFC 9457 §3, App. B: a problem document is labelled application/problem+json or +xml.
    {"problem-media-type", breaks,
     R"(404
Content-Type: application/json

{"type": "about:blank", "title": "Not Found", "status": 404})"},
    {"problem-media-type", breaks,
     R"(403
Content-Type: application/json; charset=utf-8

{"title": "You do not have enough credit.", "status": 403, "balance": 30})"},
    {"problem-media-type", breaks,
     R"(500
Content-Type: application/xml

<problem xmlns="urn:ietf:rfc:7807"><status>500</status></problem>)"},
    {"problem-media-type", near_miss,
     R"(404
Content-Type: application/problem+json

{"type": "about:blank", "title": "Not Found", "status": 404})"},
    {"problem-media-type", near_miss,  // an error body in another shape
     R"(404
Content-Type: application/json

{"error": "not found", "status": 404})"},
    {"problem-media-type", near_miss,  // the status differs: not recognisably a problem document
     R"(404
Content-Type: application/json

{"title": "Not Found", "status": 400})"},
    {"problem-media-type", near_miss,  // a success response may hold any JSON
     R"(200
Content-Type: application/json

{"title": "Report", "status": 200})"},
    {"problem-media-type", near_miss,  // no content in the view: nothing to recognise
     "404\nContent-Type: application/json\n@size: 60"},

    // RFC 9457 §3.1.2: the status member equals the response's status code.
    {"problem-status-matches", breaks,
     R"(400
Content-Type: application/problem+json

{"type": "https://example.com/probs/invalid", "status": 422})"},
    {"problem-status-matches", breaks,
     R"(404
Content-Type: Application/Problem+JSON; charset=utf-8

{"status": 404.5})"},
    {"problem-status-matches", breaks,
     R"(503
Content-Type: application/problem+json

{"status": 5e2})"},
    {"problem-status-matches", near_miss,
     R"(422
Content-Type: application/problem+json

{"type": "https://example.com/probs/invalid", "status": 422})"},
    {"problem-status-matches", near_miss,  // the member is optional
     R"(422
Content-Type: application/problem+json

{"type": "https://example.com/probs/invalid"})"},
    {"problem-status-matches", near_miss,  // a string status is problem-member-types' finding
     R"(422
Content-Type: application/problem+json

{"type": "https://example.com/probs/invalid", "status": "400"})"},

    // RFC 9457 §3.1: member types; malformed JSON is reported here too.
    {"problem-member-types", breaks,
     R"(404
Content-Type: application/problem+json

{"type": "about:blank", "status": "404"})"},
    {"problem-member-types", breaks,
     R"(400
Content-Type: application/problem+json

{"title": ["Bad", "Request"], "detail": 42})"},
    {"problem-member-types", breaks,
     R"(400
Content-Type: application/problem+json

{"type": null})"},
    {"problem-member-types", breaks,  // two status members
     R"(400
Content-Type: application/problem+json

{"status": 400, "st\u0061tus": 400})"},
    {"problem-member-types", breaks,  // malformed: trailing comma
     R"(400
Content-Type: application/problem+json

{"status": 400,})"},
    {"problem-member-types", breaks,  // malformed: truncated
     R"(400
Content-Type: application/problem+json

{"status": 400, "title": "Bad Req)"},
    {"problem-member-types", breaks,  // malformed: not an object
     R"(400
Content-Type: application/problem+json

["Bad Request"])"},
    {"problem-member-types", breaks,  // malformed: unpaired surrogate
     R"(400
Content-Type: application/problem+json

{"detail": "\ud800"})"},
    {"problem-member-types", breaks,  // malformed: invalid UTF-8
     "400\nContent-Type: application/problem+json\n\n{\"detail\": \"\\xC3\\x28\"}"},
    {"problem-member-types", near_miss,
     R"(403
Content-Type: application/problem+json
Content-Language: en

{
 "type": "https://example.com/probs/out-of-credit",
 "title": "You do not have enough credit.",
 "detail": "Your current balance is 30, but that costs 50.",
 "instance": "/account/12345/msgs/abc",
 "balance": 30,
 "accounts": ["/account/12345",
              "/account/67890"]
})"},
    {"problem-member-types", near_miss,  // extensions may have any type
     R"(400
Content-Type: application/problem+json

{"status": 400, "errors": [{"detail": 1, "pointer": "#/age"}], "retry": null})"},
    {"problem-member-types", near_miss,  // a HEAD response's content is not inspected
     "404\nContent-Type: application/problem+json\n@size: 0", "HEAD"},
    {"problem-member-types", near_miss,  // content not in the view
     "404\nContent-Type: application/problem+json\n@size: unknown"},

    // RFC 9457 §3.1.1, §3.1.5: URI references, absolute or with the full path.
    {"problem-type-uri", breaks,
     R"(404
Content-Type: application/problem+json

{"type": "example-problem"})"},
    {"problem-type-uri", breaks,
     R"(404
Content-Type: application/problem+json

{"type": "https://example.com/probs/out of credit"})"},
    {"problem-type-uri", breaks,
     R"(404
Content-Type: application/problem+json

{"type": "https://example.com/probs/%zz"})"},
    {"problem-type-uri", breaks,
     R"(404
Content-Type: application/problem+json

{"type": "https://example.com/", "instance": "1abc:def"})"},
    {"problem-type-uri", breaks,
     R"(404
Content-Type: application/problem+json

{"instance": ""})"},
    {"problem-type-uri", near_miss,
     R"(404
Content-Type: application/problem+json

{"type": "https:\/\/example.com\/probs\/out-of-credit", "instance": "/account/12345/msgs/abc"})"},
    {"problem-type-uri", near_miss,
     R"(404
Content-Type: application/problem+json

{"type": "tag:mnot@mnot.net,2021-09-17:OutOfLuck", "instance": "urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6"})"},
    {"problem-type-uri", near_miss,
     R"(404
Content-Type: application/problem+json

{"type": "/types/123", "instance": "https://example.net/account/12345/msgs/abc%20def"})"},

    // RFC 9457 §4.2.1: an about:blank problem's title is the status code's phrase.
    {"problem-about-blank-title", breaks,
     R"(404
Content-Type: application/problem+json

{"type": "about:blank", "title": "Resource missing"})"},
    {"problem-about-blank-title", breaks,  // type absent means about:blank
     R"(503
Content-Type: application/problem+json

{"title": "Down for maintenance", "status": 503})"},
    {"problem-about-blank-title", breaks,  // a type of the wrong kind is ignored: about:blank
     R"(404
Content-Type: application/problem+json
Content-Language: en-GB

{"type": 7, "title": "Gone fishing"})"},
    {"problem-about-blank-title", near_miss,
     R"(404
Content-Type: application/problem+json

{"type": "about:blank", "title": "Not Found"})"},
    {"problem-about-blank-title", near_miss,  // escapes and case do not matter
     R"(404
Content-Type: application/problem+json

{"title": "not\u0020found"})"},
    {"problem-about-blank-title", near_miss,  // the RFC 7231 phrase of 413
     R"(413
Content-Type: application/problem+json

{"title": "Payload Too Large"})"},
    {"problem-about-blank-title", near_miss,  // localized (RFC 9457 §4.2.1 MAY)
     R"(404
Content-Type: application/problem+json
Content-Language: de

{"title": "Nicht gefunden"})"},
    {"problem-about-blank-title", near_miss,  // the client asked for languages; no telling
     R"(404
Content-Type: application/problem+json

{"title": "Introuvable"})",
     "GET\nAccept-Language: fr"},
    {"problem-about-blank-title", near_miss,  // another problem type has its own title
     R"(403
Content-Type: application/problem+json

{"type": "https://example.com/probs/out-of-credit", "title": "Out of credit"})"},
    {"problem-about-blank-title", near_miss,  // an unregistered code has no phrase to match
     R"(499
Content-Type: application/problem+json

{"title": "Client Closed Request"})"},

    // RFC 9457 §4: extension member names.
    {"problem-extension-names", breaks,
     R"(400
Content-Type: application/problem+json

{"type": "https://example.com/probs/x", "id": 7})"},
    {"problem-extension-names", breaks,
     R"(400
Content-Type: application/problem+json

{"type": "https://example.com/probs/x", "error-code": 7, "_private": 1, "2fa": true})"},
    {"problem-extension-names", breaks,
     R"(400
Content-Type: application/problem+json

{"type": "https://example.com/probs/x", "*future": 1})"},
    {"problem-extension-names", near_miss,
     R"(400
Content-Type: application/problem+json

{"type": "https://example.com/probs/x", "balance": 30, "error_code": 7, "v2x": 1, "\u0061bc": 1})"},

    // RFC 9457 §3.1.4, §5: no stack dumps in the detail (a heuristic).
    {"problem-no-internals", breaks,
     R"j(500
Content-Type: application/problem+json

{"detail": "java.lang.NullPointerException\\n\\tat com.example.Foo.bar(Foo.java:42)"})j"},
    {"problem-no-internals", breaks,
     R"(500
Content-Type: application/problem+json

{"detail": "Traceback (most recent call last):\\n  File \"app.py\", line 3"})"},
    {"problem-no-internals", near_miss,
     R"(500
Content-Type: application/problem+json

{"detail": "The order service did not answer; try again at 10:30."})"},

    // RFC 9457 §1, §4: problem details describe errors.
    {"problem-error-status", breaks,
     R"(200
Content-Type: application/problem+json

{"title": "OK"})"},
    {"problem-error-status", breaks,
     "302\nLocation: /x\nContent-Type: application/problem+xml\n@size: 0"},
    {"problem-error-status", near_miss,
     R"(409
Content-Type: application/problem+json

{"title": "Conflict"})"},
    {"problem-error-status", near_miss,
     "200\nContent-Type: application/json\n\n{\"title\": \"OK\"}"},

    // RFC 9110 §9.3.2: no problem document in a response to HEAD.
    {"problem-head", breaks, "404\nContent-Type: application/problem+json\n@size: 60", "HEAD"},
    {"problem-head", breaks, "500\nContent-Type: application/problem+xml\n@size: unknown", "HEAD"},
    {"problem-head", near_miss, "404\nContent-Type: application/problem+json\n@size: 0", "HEAD"},
    {"problem-head", near_miss,
     R"(404
Content-Type: application/problem+json

{"title": "Not Found"})",
     "GET"},
};

}  // namespace

std::span<rule_case const> problem_cases() { return cases; }

}  // namespace respolicy::test
