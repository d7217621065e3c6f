//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_DETAIL_RULE_TABLE_HPP
#define RESPOLICY_DETAIL_RULE_TABLE_HPP

// The rule table: one entry per rule id of the catalog (docs/rules.md is generated from it), in
// catalog order. The validator, the repairs, the matchers, respolicy-lint and docs/rules.md all
// read it. Rule ids are user-facing and never renamed. Edit an entry here, then regenerate
// docs/rules.md.

namespace respolicy::detail {

using ctx = context_need;

inline constexpr rule_info rule_table[] = {
    {"no-content-1xx", rule_group::framing, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::safe,
     coverage::checked, "A 1xx response carries no content and no trailers",
     "A 1xx response ends with its header section; it cannot carry content or trailers. Error if a "
     "body or trailer fields are attached.",
     "1xx", "RFC 9110 §15.2, §6.4.1; RFC 9112 §6.3",
     "drop body/trailers before serializing (they cannot be transmitted anyway)", ""},
    {"no-content-204", rule_group::framing, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::safe,
     coverage::checked, "A 204 response carries no content and no trailers",
     "204 is terminated by the end of the header section; no content, no trailers.", "204",
     "RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3", "drop body", ""},
    {"no-content-304", rule_group::framing, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::safe,
     coverage::checked, "A 304 response carries no content and no trailers",
     "304 is terminated by the end of the header section; no content, no trailers.", "304",
     "RFC 9110 §15.4.5, §6.4.1; RFC 9112 §6.3", "drop body", ""},
    {"no-content-205", rule_group::framing, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "A 205 response carries no content", "A server MUST NOT generate content in a 205 response.",
     "205", "RFC 9110 §15.3.6", "empty the body", ""},
    {"205-zero-length-framing", rule_group::framing, rfc_level::should, rule_flag::derived,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "A 205 response frames its empty content explicitly (Content-Length: 0, chunked or close)",
     "Unlike 204, a 205 is not self-delimiting in HTTP/1.1; signal the empty content explicitly "
     "(`Content-Length: 0`, or a zero chunked body, or close). RFC 7231 made this a MUST; RFC 9110 "
     "dropped the sentence.",
     "205, h1", "RFC 7231 §6.3.6 (superseded); RFC 9112 §6.3", "set `Content-Length: 0`", "",
     protocol_set::http1},
    {"head-no-content", rule_group::framing, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::method, repair_kind::safe, coverage::checked,
     "A response to HEAD carries no content",
     "The server MUST NOT send content in a response to HEAD.", "any status, HEAD",
     "RFC 9110 §9.3.2, §6.4.1; RFC 9112 §6.3", "drop body, keep header fields", ""},
    {"connect-2xx-no-content", rule_group::framing, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::method, repair_kind::safe,
     coverage::checked,
     "A 2xx response to CONNECT carries no content; the tunnel starts after the header section",
     "A 2xx to CONNECT switches the connection to tunnel mode right after the header section; "
     "there is no content.",
     "2xx to CONNECT", "RFC 9110 §6.4.1, §9.3.6, §15.3.1", "drop body", ""},
    {"no-content-length-1xx-204", rule_group::framing, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "A 1xx or 204 response has no Content-Length, not even Content-Length: 0",
     "A server MUST NOT send `Content-Length` in any 1xx or 204 response (this includes "
     "`Content-Length: 0`).",
     "1xx, 204", "RFC 9110 §8.6", "remove field", ""},
    {"no-content-length-connect-2xx", rule_group::framing, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::method, repair_kind::safe, coverage::checked,
     "A 2xx response to CONNECT has no Content-Length",
     "No `Content-Length` in any 2xx to CONNECT.", "2xx to CONNECT", "RFC 9110 §8.6, §9.3.6",
     "remove field", ""},
    {"no-transfer-encoding-1xx-204", rule_group::framing, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "A 1xx or 204 response has no Transfer-Encoding",
     "A server MUST NOT send `Transfer-Encoding` in any 1xx or 204 response.", "1xx, 204, h1",
     "RFC 9112 §6.1", "remove field", "", protocol_set::http1},
    {"no-transfer-encoding-connect-2xx", rule_group::framing, rfc_level::must_not,
     rule_flag::minimal, severity::error, ctx::method, repair_kind::safe, coverage::checked,
     "A 2xx response to CONNECT has no Transfer-Encoding",
     "No `Transfer-Encoding` in any 2xx to CONNECT.", "2xx to CONNECT",
     "RFC 9112 §6.1; RFC 9110 §9.3.6", "remove field", ""},
    {"transfer-encoding-head-304-allowed", rule_group::framing, rfc_level::may, rule_flag::none,
     severity::info, ctx::method, repair_kind::none, coverage::not_checkable,
     "Transfer-Encoding is allowed in a HEAD response or a 304 to GET and implies no body",
     "`Transfer-Encoding` MAY appear in a HEAD response or a 304 to GET to say which coding a GET "
     "would have used; it implies no body. A validator must not flag it (only 1xx, 204 and "
     "CONNECT-2xx forbid it).",
     "HEAD, 304 to GET, h1", "RFC 9112 §6.1", "",
     "A permission, not a requirement: the tests prove that no rule flags Transfer-Encoding on a "
     "HEAD response or a 304.",
     protocol_set::http1},
    {"no-content-length-with-transfer-encoding", rule_group::framing, rfc_level::must_not,
     rule_flag::minimal, severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "A response with Transfer-Encoding has no Content-Length",
     "A sender MUST NOT send `Content-Length` in a message that contains `Transfer-Encoding`.",
     "all, h1", "RFC 9112 §6.2, §6.3",
     "remove `Content-Length` (Transfer-Encoding governs framing anyway)", "", protocol_set::http1},
    {"transfer-encoding-needs-http11-request", rule_group::framing, rfc_level::must_not,
     rule_flag::minimal, severity::error, ctx::version, repair_kind::optional, coverage::checked,
     "Transfer-Encoding is sent only when the request was HTTP/1.1 or later",
     "A server MUST NOT send a response containing `Transfer-Encoding` unless the request "
     "indicated HTTP/1.1 or later.",
     "all, h1", "RFC 9112 §6.1",
     "buffer and send `Content-Length`, or use close-delimiting plus `Connection: close`", "",
     protocol_set::http1},
    {"transfer-encoding-chunked-last", rule_group::framing, rfc_level::must, rule_flag::minimal,
     severity::error, ctx::exchange, repair_kind::optional, coverage::checked,
     "Chunked is the last transfer coding, unless closing the connection ends the message",
     "If any transfer coding other than chunked is applied, chunked MUST be the final coding, "
     "unless the message is ended by closing the connection.",
     "all, h1", "RFC 9112 §6.1", "append `chunked`", "", protocol_set::http1},
    {"transfer-encoding-chunked-once", rule_group::framing, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "The chunked transfer coding is applied only once",
     "chunked MUST NOT be applied more than once (e.g. `Transfer-Encoding: chunked, chunked`).",
     "all, h1", "RFC 9112 §6.1", "", "", protocol_set::http1},
    {"transfer-coding-no-params", rule_group::framing, rfc_level::should_not, rule_flag::derived,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "Chunked and the compression transfer codings carry no parameters",
     "chunked and the compression transfer codings define no parameters; recipients SHOULD treat "
     "parameters as an error, so do not generate them.",
     "all, h1", "RFC 9112 §7.1, §7.2", "strip parameters", "", protocol_set::http1},
    {"transfer-coding-registered", rule_group::framing, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "Transfer codings are registered names (chunked, compress, deflate, gzip)",
     "Transfer coding names ought to be registered: chunked, compress, deflate, gzip (x-compress, "
     "x-gzip are deprecated aliases; `trailers` is a reserved name, never a coding). Unknown names "
     "break framing for recipients.",
     "all, h1", "RFC 9112 §7, §7.3, §12.3", "", "", protocol_set::http1},
    {"content-length-accurate", rule_group::framing, rfc_level::must, rule_flag::minimal,
     severity::error, ctx::exchange, repair_kind::safe, coverage::checked,
     "Content-Length equals the number of content octets sent",
     "`Content-Length` must equal the number of content octets actually sent; a wrong value causes "
     "response splitting / smuggling.",
     "any response with content", "RFC 9110 §8.6; RFC 9112 §6.3", "recompute from body",
     "Holds in every version of HTTP: RFC 9113 §8.1.1 calls an HTTP/2 message malformed \"if the "
     "value of a content-length header field does not equal the sum of the DATA frame payload "
     "lengths that form the content\", and RFC 9114 §4.1.2 says the same of HTTP/3's DATA "
     "frames."},
    {"content-length-syntax", rule_group::framing, rfc_level::must,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::safe,
     coverage::checked, "Content-Length is a single decimal number: digits only, no sign or list",
     "Value is `1*DIGIT`, a single decimal; no sign, spaces, hex, or list. A list of identical "
     "values (\"42, 42\") is invalid to generate (recipients MAY collapse it).",
     "all", "RFC 9110 §8.6, §2.2; RFC 9112 §6.3",
     "collapse a list of identical values; else the content's size, when known", ""},
    {"content-length-head-matches-get", rule_group::framing, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::method | ctx::equivalent_200, repair_kind::safe, coverage::checked,
     "Content-Length in a HEAD response equals the length a GET would have sent",
     "`Content-Length` MAY be sent in a HEAD response, but MUST NOT unless it equals the content "
     "length a GET would have produced.",
     "HEAD", "RFC 9110 §8.6", "remove field when the GET length is unknown", ""},
    {"content-length-304-matches-200", rule_group::framing, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::equivalent_200, repair_kind::safe, coverage::checked,
     "Content-Length in a 304 response equals the content length of the 200",
     "`Content-Length` MAY be sent in a 304 to a conditional GET, but MUST NOT unless it equals "
     "the content length of the 200 for the same request. `Content-Length: 0` on a 304 for a "
     "non-empty resource is a violation.",
     "304", "RFC 9110 §8.6", "remove field", ""},
    {"content-length-when-known", rule_group::framing, rfc_level::should, rule_flag::none,
     severity::warning, ctx::server_config, repair_kind::safe, coverage::checked,
     "Content of known size is sent with Content-Length when no Transfer-Encoding is used",
     "When no Transfer-Encoding is used and the size is known before the header section is sent, "
     "an origin server SHOULD send `Content-Length`.",
     "responses with content, no TE", "RFC 9110 §8.6", "add computed length",
     "Not reported beside an invalid Content-Length: that framing is content-length-syntax's "
     "unrecoverable error (RFC 9112 §6.3), not a close-delimited response.",
     protocol_set::http1},
    {"prefer-explicit-framing", rule_group::framing, rfc_level::should, rule_flag::none,
     severity::warning, ctx::version, repair_kind::optional, coverage::checked,
     "The response is length- or chunk-delimited rather than close-delimited",
     "A server SHOULD generate length- or chunk-delimited messages whenever possible rather than "
     "close-delimited ones.",
     "all, h1", "RFC 9112 §6.3", "add `Content-Length` (or chunked if HTTP/1.1)", "",
     protocol_set::http1},
    {"close-delimited-needs-connection-close", rule_group::framing, rfc_level::should,
     rule_flag::derived, severity::warning, ctx::exchange, repair_kind::safe, coverage::checked,
     "A close-delimited response announces the close with Connection: close",
     "A response delimited only by closing the connection implies the connection ends; the sender "
     "SHOULD announce that with `Connection: close`.",
     "all, h1", "RFC 9112 §9.6, §9.3", "add `close` option",
     "Not reported beside an invalid Content-Length (content-length-syntax, RFC 9112 §6.3).",
     protocol_set::http1},
    {"chunked-body-syntax", rule_group::framing, rfc_level::must, rule_flag::derived,
     severity::error, ctx::exchange, repair_kind::none, coverage::not_checkable,
     "The chunked body is well formed: hex sizes, CRLFs, last 0 chunk, trailers, final CRLF",
     "Serialized body matches `chunked-body`: hex chunk sizes, CRLFs, terminating `0` chunk, "
     "optional trailer section, final CRLF.",
     "chunked, h1", "RFC 9112 §7.1", "serializer bug",
     "Only the serialized bytes show it; a response view holds parsed parts. Checked on the wire "
     "by respolicy-lint's reader. find_hazards() blocks what a serializer would frame wrong: "
     "chunked last in the Transfer-Encoding lines combined while the content is written as it "
     "is, and two last chunks (tests/unit/hazard.cpp, tests/beast/safety.cpp).",
     protocol_set::http1},
    {"trailer-field-permitted", rule_group::framing, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::optional, coverage::checked,
     "Trailers contain only fields whose definition permits trailers",
     "A sender MUST NOT generate a trailer field unless that field's definition permits trailers. "
     "In RFC 9110 only `ETag`, `Accept-Ranges`, and (if the auth scheme allows) "
     "`Authentication-Info` / `Proxy-Authentication-Info` are permitted; framing, routing, auth, "
     "response-control and content-format fields are not.",
     "responses with trailers", "RFC 9110 §6.5.1, §8.8.3, §14.3, §11.6.3, §11.7.3",
     "move the field into the header section if headers are not yet sent", ""},
    {"trailer-requires-chunked", rule_group::framing, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::none,
     coverage::checked, "Trailer fields are sent only with the chunked transfer coding",
     "In HTTP/1.1 a trailer section exists only with the chunked coding; trailers on a "
     "Content-Length or close-delimited message cannot be sent.",
     "all, h1", "RFC 9110 §6.5.1; RFC 9112 §7.1.2", "", "", protocol_set::http1},
    {"trailer-announced", rule_group::framing, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "Trailer fields to be sent are listed in the Trailer header field",
     "A sender that intends to send trailer fields SHOULD list them in a `Trailer` header field.",
     "responses with trailers", "RFC 9110 §6.6.2", "add `Trailer` with the trailer names", ""},
    {"trailer-not-essential", rule_group::framing, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::request_fields, repair_kind::none, coverage::not_checkable,
     "Trailers carry no information the user agent needs (they are often dropped)",
     "A server SHOULD NOT put information the user agent needs into trailers (they are often "
     "dropped, e.g. when the request had no `TE: trailers`).",
     "responses with trailers", "RFC 9110 §6.5.1, §10.1.4", "",
     "Whether a trailer carries information the user agent needs is the application's judgement."},
    {"multipart-crlf", rule_group::framing, rfc_level::must, rule_flag::none, severity::error,
     ctx::none, repair_kind::none, coverage::checked,
     "Line breaks between multipart body parts are CRLF",
     "Line breaks between body parts MUST be CRLF only.", "multipart content", "RFC 9110 §8.3.3",
     "",
     "Checked for any multipart/* content in the view: the line break before each delimiter line "
     "(also after a preamble), the one ending each delimiter line, and those of each part's "
     "header section (RFC 2046 §5.1.1: a body part is an RFC 822 message, whose header lines end "
     "in CRLF). Part content, preamble and epilogue are not line breaks between parts and are "
     "not judged. One finding per response, at the first bare LF."},
    {"multipart-boundary-param", rule_group::framing, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A multipart Content-Type has a boundary parameter and the body uses it",
     "A `multipart/*` Content-Type carries its required `boundary` parameter, and the body uses "
     "it.",
     "multipart content", "RFC 9110 §8.3.3, §14.6", "",
     "Checked for every multipart/* Content-Type: a boundary parameter of 1 to 70 bchars that "
     "does not end with a space (RFC 2046 §5.1.1; quoted-pairs unescaped). With the content in "
     "the view: a delimiter line with the boundary (a line that only starts with it is none), a "
     "body part, and the close delimiter. A multipart/byteranges 206 without boundary is "
     "206-multipart-byteranges' finding as well."},
    {"200-empty-needs-explicit-length", rule_group::framing, rfc_level::may, rule_flag::none,
     severity::info, ctx::method, repair_kind::safe, coverage::checked,
     "An empty 200 response declares Content-Length: 0 (or should be a 204)",
     "A 200 is expected to have content unless framing explicitly says zero length; an empty 200 "
     "should carry `Content-Length: 0`; a handler signalling \"no content wanted\" ought to use "
     "204.",
     "200 (not CONNECT)", "RFC 9110 §15.3.1", "add `Content-Length: 0`", "", protocol_set::http1},
    {"status-code-three-digits", rule_group::status_line, rfc_level::must,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::none,
     coverage::checked, "The status code is exactly three digits", "`status-code = 3DIGIT`.",
     "all, h1", "RFC 9112 §4", "", "", protocol_set::http1},
    {"status-code-range", rule_group::status_line, rfc_level::must,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::none,
     coverage::checked, "The status code is within 100-599",
     "Code within 100–599; values outside are invalid (600–999 are sometimes used internally and "
     "must never reach the wire).",
     "all", "RFC 9110 §15", "", ""},
    {"status-line-syntax", rule_group::status_line, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::not_checkable,
     "The status line is HTTP-version SP status-code SP [reason-phrase] CRLF",
     "`status-line = HTTP-version SP status-code SP [ reason-phrase ]`, terminated by CRLF; single "
     "SP separators.",
     "all, h1", "RFC 9112 §4, §2.1", "",
     "Only the serialized bytes show it; a response view holds parsed parts. Checked on the wire "
     "by respolicy-lint's reader.",
     protocol_set::http1},
    {"status-line-sp-before-empty-reason", rule_group::status_line, rfc_level::must,
     rule_flag::none, severity::error, ctx::none, repair_kind::safe, coverage::not_checkable,
     "The status line keeps the space after the code even with an empty reason phrase",
     "The SP after the status code MUST be sent even when the reason phrase is empty (line ends "
     "\"200 \").",
     "all, h1", "RFC 9112 §4", "add SP",
     "Only the serialized bytes show it; a response view holds parsed parts. Checked on the wire "
     "by respolicy-lint's reader.",
     protocol_set::http1},
    {"reason-phrase-charset", rule_group::status_line, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::safe,
     coverage::checked, "The reason phrase contains no CR, LF, NUL or other control characters",
     "`reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )`: no CR, LF, NUL or other control "
     "characters (CRLF in the phrase = response splitting).",
     "all, h1", "RFC 9112 §4; RFC 9110 §2.2",
     "replace with the registered phrase (clients SHOULD ignore the phrase, RFC 9112 §4)", "",
     protocol_set::http1},
    {"reason-phrase-registered", rule_group::status_line, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::safe, coverage::checked,
     "The reason phrase matches the registered description of the status code",
     "Phrase differs from the registered description (or matches only a historical one in the "
     "registry). "
     "Phrases are recommendations and may be replaced or omitted.",
     "all", "RFC 9110 §15.1; RFC 9112 §4", "substitute registered phrase", "", protocol_set::http1},
    {"reason-phrase-ascii", rule_group::status_line, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::optional, coverage::checked,
     "The reason phrase is plain US-ASCII",
     "`obs-text` (octets ≥ 0x80) is allowed by the grammar but is opaque to recipients; prefer "
     "US-ASCII. Phrases are dropped entirely by HTTP/2 and HTTP/3.",
     "all", "RFC 9112 §4; RFC 9110 §5.5, §6.2", "substitute registered phrase", "",
     protocol_set::http1},
    {"http-version-syntax", rule_group::status_line, rfc_level::must,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::none,
     coverage::checked,
     "The HTTP version reads HTTP/x.y with one digit each and HTTP in upper case",
     "`HTTP-version = \"HTTP\" \"/\" DIGIT \".\" DIGIT`, case-sensitive `HTTP`.", "all, h1",
     "RFC 9112 §2.3", "", "", protocol_set::http1},
    {"response-version", rule_group::status_line, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::version, repair_kind::optional, coverage::checked,
     "The response version is one the server conforms to, not above the request's major",
     "Server SHOULD send the highest version it conforms to whose major is ≤ the request's major; "
     "it MUST NOT send a version it does not conform to. (Answering an HTTP/1.0 request with "
     "`HTTP/1.1` is correct; `HTTP/2.0` on an HTTP/1.x connection is not.)",
     "all", "RFC 9110 §6.2; RFC 9112 §2.3", "set version to 1.1 (or 1.0)",
     "HTTP/1.0 is compared with the request's version only when it is known: a request context "
     "with version 0 (respolicy-lint --method) leaves it unjudged. HTTP/2 and HTTP/3 send no "
     "version (RFC 9113 §8.3.2: responses \"implicitly have a protocol version of \"2.0\"\"), so "
     "the rule is HTTP/1.x's.",
     protocol_set::http1},
    {"no-whitespace-before-first-field", rule_group::status_line, rfc_level::must_not,
     rule_flag::none, severity::error, ctx::none, repair_kind::safe, coverage::not_checkable,
     "There is no whitespace between the status line and the first field line",
     "No whitespace between the status line and the first header field line.", "all, h1",
     "RFC 9112 §2.2", "strip",
     "Only the serialized bytes show it; a response view holds parsed parts. Checked on the wire "
     "by respolicy-lint's reader.",
     protocol_set::http1},
    {"status-code-registered", rule_group::status_line, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "The status code is registered (clients treat unknown codes as x00)",
     "Unregistered code (not in the IANA registry): clients will treat it as x00 of its class. "
     "Codes ought "
     "to be registered.",
     "all", "RFC 9110 §15, §16.2", "",
     "For an unregistered code seen in practice (nginx's 444 and 499, a CDN's 520-527 and 530; "
     "find_seen_status() in status.hpp, a table apart from the registry) the finding says what "
     "the code is, who sends it and which registered code to send instead."},
    {"status-code-deprecated-or-reserved", rule_group::status_line, rfc_level::should_not,
     rule_flag::derived, severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "The status code is not deprecated or reserved (102, 305, 306, 402, 418, 510)",
     "Do not generate: 305 deprecated; 306 and 418 reserved/unused; 402 \"reserved for future "
     "use\"; 102 no longer defined by current WebDAV; 510 obsoleted.",
     "102, 305, 306, 402, 418, 510",
     "RFC 9110 §15.4.6, §15.4.7, §15.5.3, §15.5.19; IANA registry (510)", "", ""},
    {"one-final-response", rule_group::status_line, rfc_level::must, rule_flag::derived,
     severity::error, ctx::exchange, repair_kind::none, coverage::exchange,
     "A request gets zero or more 1xx responses, then exactly one final response",
     "A request gets zero or more 1xx responses followed by exactly one final (2xx–5xx) response; "
     "nothing after the final one (a 101 ends HTTP/1.1 on the connection).",
     "exchange", "RFC 9110 §15; §7.8", "",
     "Checked across a connection rather than by validate(): connection_checker "
     "(<respolicy/exchange.hpp>, tests/unit/exchange.cpp) in respolicy::beast::checked_stream "
     "(tests/beast/checked_stream.cpp: a real server that breaks it, and a near miss), and in "
     "respolicy-lint on a raw capture with --request (tests/cli: cli.one_final_response and its "
     "near miss) and through --proxy (tests/cli/live.cpp). The Beast guard also reports the case a "
     "single call shows, a 1xx other than 101 returned as a handler's final answer, and blocks it "
     "in repair and reject mode (tests/beast/safety.cpp)."},
    {"field-name-token", rule_group::field_syntax, rfc_level::must,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::none,
     coverage::checked, "Field names are tokens, with no whitespace before the colon",
     "Field name is a `token` (tchar only: no space, no CTL, no delimiters `\"(),/:;<=>?@[\\]{}`). "
     "In HTTP/1.1 no whitespace between name and colon.",
     "all", "RFC 9110 §5.1, §5.6.2; RFC 9112 §5.1", "", ""},
    {"field-value-no-cr-lf-nul", rule_group::field_syntax, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::none,
     coverage::checked, "Field values contain no CR, LF or NUL (response splitting)",
     "CR, LF and NUL are \"invalid and dangerous\" in field values; they enable response splitting "
     "(CRLF injection). Also no bare CR anywhere outside content.",
     "all fields incl. trailers", "RFC 9110 §5.5; RFC 9112 §2.2, §11.1",
     "reject: substitution with SP exists only as a recipient behaviour; silently rewriting hides "
     "injection",
     ""},
    {"field-value-no-ctl", rule_group::field_syntax, rfc_level::must_not,
     rule_flag::derived | rule_flag::minimal, severity::error, ctx::none, repair_kind::none,
     coverage::checked, "Field values contain no control characters other than HTAB",
     "Other control characters (0x01–0x08, 0x0B–0x1F, 0x7F) are invalid in field values (HTAB is "
     "allowed).",
     "all", "RFC 9110 §5.5", "", ""},
    {"field-value-trimmed", rule_group::field_syntax, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Field values have no leading or trailing whitespace",
     "A field value has no leading or trailing whitespace (OWS around the value belongs to the "
     "field line syntax).",
     "all", "RFC 9110 §5.5; RFC 9112 §5.1", "trim", ""},
    {"field-value-ascii", rule_group::field_syntax, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "Field values use only visible US-ASCII, SP and HTAB",
     "Prefer VCHAR, SP and HTAB; `obs-text` is treated as opaque; use RFC 8187 encoding where a "
     "field defines it.",
     "all", "RFC 9110 §5.5", "", ""},
    {"no-obs-fold", rule_group::field_syntax, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Field values are not folded across lines (no obs-fold)",
     "A sender MUST NOT generate line folding (CRLF followed by SP/HTAB inside a field value).",
     "all, h1", "RFC 9112 §5.2", "replace each fold with SP", "", protocol_set::http1},
    {"no-duplicate-singleton-field", rule_group::field_syntax, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "A singleton field appears on one field line only (list-based fields may repeat)",
     "A sender MUST NOT generate several field lines with the same name unless the field is "
     "list-based (`#rule`). Singleton fields in responses: Age, Content-Disposition, "
     "Content-Length, Content-Location, Content-Range, Content-Type, Date, ETag, Expires, "
     "Last-Modified, Location, Retry-After, Server. Well-known exception: `Set-Cookie`.",
     "all", "RFC 9110 §5.3, §5.5",
     "safe only when the duplicate lines are byte-identical (collapse); otherwise —",
     "The trailer section counts: a singleton field in the header and the trailer section, or "
     "twice among the trailers, is reported (\"whether in the headers or trailers\")."},
    {"no-empty-list-elements", rule_group::field_syntax, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "List-based field values contain no empty elements",
     "A sender MUST NOT generate empty list elements (`a,,b`, leading/trailing commas).",
     "list-based fields", "RFC 9110 §5.6.1.1", "drop empty elements", ""},
    {"no-bws", rule_group::field_syntax, rfc_level::must_not, rule_flag::none, severity::error,
     ctx::none, repair_kind::safe, coverage::checked,
     "Field values contain no bad whitespace (BWS), such as around = in auth-params",
     "A sender MUST NOT generate \"bad\" whitespace, e.g. around `=` in `auth-param` or in "
     "transfer-coding parameters.",
     "all", "RFC 9110 §5.6.3", "remove",
     "Checked where the grammar has BWS around \"=\": the auth-params of WWW-Authenticate, "
     "Proxy-Authenticate, Authentication-Info and Proxy-Authentication-Info, the "
     "transfer-parameters "
     "of Transfer-Encoding, and Link's link-params. The value otherwise parses; the repair removes "
     "the whitespace."},
    {"ows-single-sp", rule_group::field_syntax, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "Optional and required whitespace is generated as a single SP",
     "Optional whitespace, where used for readability, SHOULD be a single SP; RWS SHOULD be a "
     "single SP; otherwise SHOULD NOT generate OWS.",
     "all", "RFC 9110 §5.6.3", "normalize",
     "Checked in the list-based fields respolicy knows and Content-Type: a run of whitespace "
     "inside the value, next to a comma or semicolon and outside quoted strings, comments and "
     "Link's <URI-Reference>, that is not exactly one SP (HTAB, or several SPs). RWS elsewhere "
     "(Via) and the 1*SP after an auth-scheme are not judged. The repair rewrites each such run "
     "as one SP."},
    {"parameter-no-ws-around-equals", rule_group::field_syntax, rfc_level::must_not,
     rule_flag::derived, severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Parameters have no whitespace around the = sign",
     "`parameter = name \"=\" value` allows no whitespace (not even BWS) around `=`. Parameter "
     "names are case-insensitive.",
     "parameterized fields", "RFC 9110 §5.6.6", "remove",
     "Checked in Content-Type: a value that fails the media-type grammar only because of "
     "whitespace next to \"=\" in a parameter is reported here instead of as "
     "content-type-syntax; the repair removes the whitespace."},
    {"quoted-pair-minimal", rule_group::field_syntax, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "Quoted-pairs escape only DQUOTE and backslash (and parentheses in comments)",
     "Do not generate quoted-pairs except for DQUOTE and backslash (and parentheses in comments).",
     "quoted-string, comment", "RFC 9110 §5.6.4", "unescape",
     "Checked in the quoted-strings of Content-Type, Content-Disposition, Server and the "
     "list-based "
     "fields, and in the comments of Server and Via: a quoted-pair that escapes anything but "
     "DQUOTE or backslash (in a quoted-string) or a parenthesis or backslash (in a comment, RFC "
     "9110 §5.6.5). The repair drops the needless backslash."},
    {"http-date-imf-fixdate", rule_group::field_syntax, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "HTTP dates are in IMF-fixdate form (Sun, 06 Nov 1994 08:49:37 GMT)",
     "A sender MUST generate HTTP-date values in IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 "
     "GMT`): fixed length, `GMT`, case-sensitive names, no extra whitespace. RFC 850 and asctime "
     "forms are obsolete (parse, never generate).",
     "Date, Last-Modified, Expires, Retry-After (date form), any HTTP-date", "RFC 9110 §5.6.7",
     "re-format a parseable date",
     "Checked in Date, Last-Modified, Expires and the date form of Retry-After: a value in the "
     "obsolete RFC 850 or asctime form. Values that are no HTTP-date at all are reported by each "
     "field's own syntax rule."},
    {"http-date-calendar", rule_group::field_syntax, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "HTTP dates are real calendar dates and times with a matching day name",
     "Day name must match the date; day-of-month valid for month; hour 00–23, minute 00–59, second "
     "00–60. Semantics come from RFC 5322 §3.3.",
     "HTTP-date values", "RFC 9110 §5.6.7; RFC 5322 §3.3", "recompute the day name",
     "Checked in Date, Last-Modified, Expires and the date form of Retry-After. The repair "
     "recomputes a wrong day name of an IMF-fixdate; a day or time that does not exist is left "
     "as it is. Source: RFC 5322 §3.3, read through a verbatim quotation: \"A date-time "
     "specification MUST be semantically valid. That is, the day-of-the-week (if included) MUST be "
     "the day "
     "implied by the date, the numeric day-of-month MUST be between 1 and the number of days "
     "allowed for the specified month (in the specified year), the time-of-day MUST be in the "
     "range 00:00:00 through 23:59:60\"; RFC 9110 §5.6.7 makes HTTP-date a subset of that "
     "format."},
    {"uri-no-userinfo", rule_group::field_syntax, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "http and https URIs in field values contain no userinfo (user@)",
     "An `http`/`https` URI generated in a field value MUST NOT contain userinfo (`user@`).",
     "Location, Content-Location, Link targets", "RFC 9110 §4.2.4", "",
     "Checked in Location, Content-Location and Link targets: userinfo in an http or https URI, "
     "or in a network-path reference (//user@host/), which takes the http or https scheme of the "
     "target URI it resolves against (RFC 3986 §5.2). In other relative references an @ is in "
     "the path or query, not userinfo."},
    {"uri-no-empty-host", rule_group::field_syntax, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "http and https URIs in field values have a non-empty host",
     "No `http`/`https` URI with an empty host.", "same", "RFC 9110 §4.2.1, §4.2.2", "",
     "Checked in Location, Content-Location and Link targets: an http or https URI or a "
     "network-path reference whose authority has an empty host (http:///x, https://:443/), and "
     "an http or https URI without an authority (http:/x), which has no host identifier at all "
     "(the http-URI production requires \"//\" authority)."},
    {"uri-length", rule_group::field_syntax, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "URIs in fields such as Location stay within 8000 octets",
     "Support of at least 8000-octet URIs is RECOMMENDED; longer URIs in Location etc. may not be "
     "processed.",
     "same", "RFC 9110 §4.1", "", ""},
    {"deprecated-fields", rule_group::field_syntax, rfc_level::should_not, rule_flag::derived,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "The response uses no deprecated field (Warning, Pragma, Content-MD5)",
     "`Warning` is obsoleted, `Pragma` deprecated (its response meaning was never defined), "
     "`Content-MD5` obsoleted.",
     "all", "RFC 9111 §5.4, §5.5; RFC 9110 §18.4",
     "remove `Warning`, `Content-MD5`; remove `Pragma` when `Cache-Control` is present", ""},
    {"reserved-field-names", rule_group::field_syntax, rfc_level::must_not, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "The response uses no reserved field name (* or Close)",
     "`*` is a reserved field name (conflicts with `Vary: *`); `Close` is reserved (conflicts with "
     "the `close` option).",
     "all", "RFC 9110 §18.4; RFC 9112 §9.6", "", ""},
    {"early-data-not-in-response", rule_group::field_syntax, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "The response carries no Early-Data field",
     "The `Early-Data` field MUST NOT be included in responses.", "all", "RFC 8470 §5.1", "remove",
     ""},
    {"connection-lists-hop-by-hop", rule_group::field_syntax, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Connection-control fields such as Keep-Alive and Upgrade are listed in Connection",
     "A field used for connection control (e.g. `Keep-Alive`, `Upgrade`) MUST be named as an "
     "option in `Connection`.",
     "all", "RFC 9110 §7.6.1", "add option", "", protocol_set::http1},
    {"connection-no-end-to-end-option", rule_group::field_syntax, rfc_level::must_not,
     rule_flag::none, severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Connection lists no end-to-end field such as Cache-Control",
     "Never list an end-to-end field (e.g. `Cache-Control`) as a connection option.", "all",
     "RFC 9110 §7.6.1", "remove that option", "", protocol_set::http1},
    {"101-upgrade-required", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A 101 response names the new protocols in Upgrade, in layer-ascending order",
     "A 101 MUST carry `Upgrade` naming the protocol(s) in effect after it; several protocols MUST "
     "be listed in layer-ascending order.",
     "101", "RFC 9110 §15.2.2, §7.8", "", "", protocol_set::http1},
    {"upgrade-needs-connection-option", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "A response with Upgrade also lists upgrade in Connection",
     "Whoever sends `Upgrade` MUST also send the `upgrade` option in `Connection`.",
     "any response with Upgrade", "RFC 9110 §7.8", "add `Connection: upgrade`", "",
     protocol_set::http1},
    {"upgrade-advertise-order", rule_group::per_status, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::not_checkable,
     "Upgrade in a non-101 response lists protocols in descending preference",
     "A server MAY advertise upgrade support in any response; list in descending preference.",
     "2xx–5xx with Upgrade (not 101/426)", "RFC 9110 §7.8; RFC 2817 §4.1", "",
     "The server's order of preference is not visible in the response.", protocol_set::http1},
    {"102-only-when-slow", rule_group::per_status, rfc_level::should, rule_flag::verify,
     severity::warning, ctx::exchange, repair_kind::none, coverage::not_checkable,
     "A 102 is sent only for a long-running request, and a final response follows",
     "Send 102 only when the request is expected to take significant time (guidance ~20 s); a "
     "final response MUST follow.",
     "102", "RFC 2518 §10.1", "",
     "Depends on how long the request takes to process; Needs the exchange or connection state "
     "(what was sent before or after this response); a single response cannot show it. The Beast "
     "guard is the place for it."
     " Still marked verify: RFC 2518 was read only through verbatim quotations, which agree: "
     "§10.1 \"This status code SHOULD only be sent when the server has a reasonable "
     "expectation that the request will take significant time to complete ... The server MUST "
     "send a final response after the request has been completed.\""},
    {"103-hints-only", rule_group::per_status, rfc_level::may, rule_flag::none, severity::info,
     ctx::version, repair_kind::none, coverage::not_checkable,
     "A 103 response carries hints (such as Link) the final response is likely to have",
     "103 carries fields the final response is likely to have (typically `Link` preload); it can "
     "repeat and can be sent several times; the final response is not bound by it. Over HTTP/1.1 a "
     "server might refrain unless the client is known to handle 1xx.",
     "103", "RFC 8297 §2, §3", "",
     "Describes what 103 is for; nothing in a single 103 contradicts it."},
    {"104-location", rule_group::per_status, rfc_level::must_not, rule_flag::none, severity::error,
     ctx::request_fields, repair_kind::none, coverage::not_checkable,
     "A 104 for a new upload resource has Location; a 104 progress update does not",
     "A 104 announcing a new upload resource MUST include `Location` (and `Upload-Limit` if limits "
     "exist); 104 progress updates while appending MUST NOT include `Location`.",
     "104", "draft-ietf-httpbis-resumable-upload (\"Upload Creation\", \"Upload Appending\")", "",
     "Whether a 104 announces a new upload or reports progress depends on the upload protocol's "
     "state, not on the response."
     " Checked against the draft text (httpwg/http-extensions): Upload Creation, a 104 \"MUST "
     "include Location header field pointing to the upload resource and MUST include the "
     "Upload-Limit header field with the corresponding limits ... if existing\"; Upload "
     "Append, progress 104s \"MUST NOT include the Location header field\". A live draft: "
     "recheck when it becomes an RFC."},
    {"200-validators", rule_group::per_status, rfc_level::should, rule_flag::none, severity::info,
     ctx::method, repair_kind::none, coverage::checked,
     "A 200 to GET or HEAD carries the available validators (ETag, Last-Modified)",
     "Send available validators (strong `ETag` and `Last-Modified` preferred).", "200 to GET/HEAD",
     "RFC 9110 §15.3.1, §8.8.2.1, §8.8.3.1", "",
     "Lowered to info: the RFC asks for validators that are available, which a response cannot "
     "show."},
    {"201-location", rule_group::per_status, rfc_level::should, rule_flag::none, severity::warning,
     ctx::method, repair_kind::none, coverage::checked,
     "A 201 response identifies the created resource in Location",
     "The created resource is identified by `Location`, or by the target URI if absent. For POST "
     "that creates a resource, the server SHOULD send 201 with `Location`.",
     "201", "RFC 9110 §15.3.2, §9.3.3", "", ""},
    {"201-location-no-fragment", rule_group::per_status, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "The Location of a 201 response has no fragment",
     "A fragment in the 201 `Location` is inappropriate (it should identify the created resource).",
     "201", "RFC 9110 §10.2.2", "", ""},
    {"202-status-monitor", rule_group::per_status, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "A 202 response describes the request's status and points to a status monitor",
     "Content ought to describe current status and point to a status monitor.", "202",
     "RFC 9110 §15.3.3", "", ""},
    {"203-only-from-transforming-proxy", rule_group::per_status, rfc_level::should_not,
     rule_flag::derived, severity::warning, ctx::server_config, repair_kind::none,
     coverage::checked, "Only a transforming proxy sends 203, never an origin server",
     "203 means a transforming proxy modified the origin's 200 content; an origin server "
     "generating it misuses the code.",
     "203", "RFC 9110 §15.3.4, §7.7", "", ""},
    {"206-content-range-single", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A single-part 206 response has Content-Range describing the enclosed range",
     "The server MUST send `Content-Range` describing the enclosed range, and the content is "
     "exactly that range.",
     "206 single part", "RFC 9110 §15.3.7.1", "", ""},
    {"206-range-length-consistent", rule_group::per_status, rfc_level::must, rule_flag::derived,
     severity::error, ctx::exchange, repair_kind::none, coverage::checked,
     "The content of a single-part 206 is exactly the range its Content-Range gives",
     "Content octets = last-pos − first-pos + 1 of the `Content-Range`; `Content-Length` counts "
     "this message's content, not the representation.",
     "206 single part", "RFC 9110 §15.3.7, §14.4", "", ""},
    {"206-multipart-byteranges", rule_group::per_status, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "A multipart 206 is multipart/byteranges with no Content-Range in the header section",
     "Multiple parts MUST be sent as `multipart/byteranges` with its `boundary`, and the header "
     "section MUST NOT contain `Content-Range`.",
     "206 multiple parts", "RFC 9110 §15.3.7.2, §14.6", "remove the header-section `Content-Range`",
     ""},
    {"206-part-headers", rule_group::per_status, rfc_level::must, rule_flag::none, severity::error,
     ctx::equivalent_200, repair_kind::none, coverage::checked,
     "Each part of a multipart 206 has Content-Range (and the 200's Content-Type)",
     "Each body part MUST have `Content-Range`; it SHOULD have the `Content-Type` a 200 would have "
     "had.",
     "206 multiple parts", "RFC 9110 §15.3.7.2", "",
     "Checked when a multipart/byteranges 206 has its content in the view: a part without "
     "Content-Range is an error. With the equivalent 200 (context G) and its Content-Type, a part "
     "without Content-Type or with another type/subtype (compared case-insensitively, without "
     "parameters) is the SHOULD part, reported at SHOULD severity. Part header lines are read "
     "leniently (a bare LF is multipart-crlf's finding)."},
    {"206-required-fields", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::equivalent_200, repair_kind::optional, coverage::checked,
     "A 206 response has the Date, ETag, Vary, cache and Content-Location fields of the 200",
     "Include `Date`, `Cache-Control`, `ETag`, `Expires`, `Content-Location`, `Vary` whenever the "
     "200 to the same request would have had them.",
     "206", "RFC 9110 §15.3.7", "copy from the 200 template", ""},
    {"206-representation-fields", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::range | ctx::equivalent_200, repair_kind::optional, coverage::checked,
     "A 206 response has the representation fields of the 200, unless If-Range was sent",
     "If the request had `If-Range`, SHOULD NOT send other representation fields beyond the "
     "required ones; otherwise MUST send all representation fields a 200 would have.",
     "206", "RFC 9110 §15.3.7", "strip (If-Range) / copy (no If-Range)", ""},
    {"207-multistatus-body", rule_group::per_status, rfc_level::must, rule_flag::verify,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A 207 response body is an XML multistatus document with an href per response",
     "Body is an XML `multistatus` document (text/xml or application/xml); each `response` element "
     "MUST have an `href`; 1xx codes SHOULD NOT be recorded in `response` elements.",
     "207", "RFC 4918 §13", "",
     "Checked with a bounded scan, not an XML parser, when the content is in the view and its "
     "Content-Type is XML (text/xml, application/xml, +xml) or absent: the root element is "
     "multistatus in the DAV: namespace (prefixes resolved through their xmlns declarations), "
     "each DAV:response has a DAV:href child, no DAV:status inside a DAV:response holds a 1xx "
     "status-line (the SHOULD NOT, at SHOULD severity), and the document is well-formed as far "
     "as the scan follows it (unterminated constructs, mismatched or unclosed tags, undeclared "
     "prefixes, text outside the root). Comments, CDATA, processing instructions and whitespace "
     "are skipped; a DOCTYPE, UTF-16, a reference in a namespace name, nesting deeper than 63, "
     "more than 32 namespace declarations in scope or more than 1 MiB stop the scan without a "
     "finding. Empty content is reported; other formats are not judged. Still marked verify: RFC "
     "4918 was read only through verbatim quotations, which agree: "
     "§13 \"Each 'response' element MUST have an 'href' element to identify the resource\"; "
     "\"100 series status codes SHOULD NOT be recorded in a 'response' XML element\"; a "
     "text/xml or application/xml body is \"the default\", not a keyword requirement. A "
     "reproduction of the §13 text (rfcinfo.com) has the same sentences."},
    {"226-etag-required", rule_group::per_status, rfc_level::must, rule_flag::verify,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A 226 response has an ETag for the current instance",
     "A 226 MUST include `ETag` for the current instance.", "226", "RFC 3229 §10.4.1", "",
     "Still marked verify: RFC 3229 was read only through verbatim quotations, which agree: "
     "§10.4.1 \"The response MUST include an Etag header field giving the entity tag of the "
     "current instance.\""},
    {"3xx-location", rule_group::per_status, rfc_level::should, rule_flag::none, severity::warning,
     ctx::none, repair_kind::none, coverage::checked,
     "A 301, 302, 307 or 308 response gives the target URI in Location",
     "The server SHOULD send `Location` with the (preferred) URI reference.", "301, 302, 307, 308",
     "RFC 9110 §15.4.2, §15.4.3, §15.4.8, §15.4.9; RFC 7538 §3", "", ""},
    {"303-location", rule_group::per_status, rfc_level::must, rule_flag::derived, severity::error,
     ctx::none, repair_kind::none, coverage::checked,
     "A 303 response gives the target URI in Location",
     "303 is defined as redirecting to \"a URI in the Location header field\"; a 303 without "
     "`Location` has no target.",
     "303", "RFC 9110 §15.4.4", "", ""},
    {"300-location-if-preferred", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::not_checkable,
     "A 300 response names the preferred choice in Location, if there is one",
     "If the server has a preferred choice it SHOULD send `Location` with it.", "300",
     "RFC 9110 §15.4.1", "",
     "Whether the server has a preferred choice is not visible in the response."},
    {"300-choices-content", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::method, repair_kind::none, coverage::checked,
     "A 300 response lists the alternatives in its content",
     "SHOULD send content listing the alternatives (metadata and URI references).",
     "300 (not HEAD)", "RFC 9110 §15.4.1", "", ""},
    {"3xx-hypertext-note", rule_group::per_status, rfc_level::may, rule_flag::none, severity::info,
     ctx::method, repair_kind::none, coverage::checked,
     "A redirect carries a short hypertext note linking to the Location URI",
     "Content usually (303: \"ought to\") contains a short hypertext note linking to the Location "
     "URI.",
     "301, 302, 303, 307, 308 (not HEAD)", "RFC 9110 §15.4.2–§15.4.4, §15.4.8, §15.4.9", "", ""},
    {"304-required-fields", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::equivalent_200, repair_kind::optional, coverage::checked,
     "A 304 response has the Date, ETag, Vary, cache and Content-Location fields of the 200",
     "Send `Content-Location`, `Date`, `ETag`, `Vary`, `Cache-Control`, `Expires` whenever the 200 "
     "to the same request would have had them.",
     "304", "RFC 9110 §15.4.5", "copy from the 200 template", ""},
    {"304-no-extra-metadata", rule_group::per_status, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "A 304 response omits other representation metadata such as Content-Type",
     "Do not send other representation metadata (e.g. `Content-Type`, `Content-Encoding`, "
     "`Content-Language`, `Content-Disposition`, `Content-Range`) unless it guides cache updates "
     "(`Last-Modified` is useful when there is no `ETag`).",
     "304", "RFC 9110 §15.4.5", "strip the listed fields", ""},
    {"4xx-5xx-explanation", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::method, repair_kind::optional, coverage::checked,
     "An error response explains the error and whether it is temporary or permanent",
     "Send a representation explaining the error and whether it is temporary or permanent.",
     "4xx, 5xx (not HEAD)", "RFC 9110 §15.5, §15.6", "attach a default body (e.g. problem+json)",
     ""},
    {"401-www-authenticate", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A 401 response has a WWW-Authenticate challenge",
     "Send `WWW-Authenticate` with at least one challenge for the target resource.", "401",
     "RFC 9110 §15.5.2, §11.6.1", "", ""},
    {"405-allow-required", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::optional, coverage::checked,
     "A 405 response lists the allowed methods in Allow",
     "The origin server MUST send `Allow` listing the resource's currently supported methods (an "
     "empty value is legal: nothing allowed).",
     "405", "RFC 9110 §15.5.6, §10.2.1", "fill from the router's method table", ""},
    {"406-alternatives", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "A 406 response lists the available representations in its content",
     "SHOULD send content listing available representation characteristics and their URIs.", "406",
     "RFC 9110 §15.5.7", "", ""},
    {"407-proxy-authenticate", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::checked,
     "A 407 response has a Proxy-Authenticate challenge",
     "The proxy MUST send `Proxy-Authenticate` with at least one challenge.", "407",
     "RFC 9110 §15.5.8, §11.7.1", "", ""},
    {"409-conflict-info", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "A 409 response explains the source of the conflict",
     "Content SHOULD let the user recognize the source of the conflict.", "409",
     "RFC 9110 §15.5.10", "", ""},
    {"413-retry-after", rule_group::per_status, rfc_level::should, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "A 413 response for a temporary condition says when to retry in Retry-After",
     "If the condition is temporary, send `Retry-After`.", "413", "RFC 9110 §15.5.14", "",
     "Lowered to info: the RFC asks for Retry-After only when the condition is temporary, which a "
     "response cannot show."},
    {"415-accept-hints", rule_group::per_status, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "A 415 response lists what is accepted in Accept-Encoding or Accept",
     "For an unsupported content coding, `Accept-Encoding` in the response ought to list accepted "
     "codings; for a media type, `Accept` can list accepted types.",
     "415", "RFC 9110 §15.5.16", "", ""},
    {"416-content-range", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::range, repair_kind::none, coverage::checked,
     "A 416 response gives the current length in Content-Range: bytes */length",
     "SHOULD send `Content-Range: bytes */<complete-length>` with the current representation "
     "length.",
     "416 to a bytes range", "RFC 9110 §15.5.17, §14.4", "", ""},
    {"421-not-from-proxy", rule_group::per_status, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::checked,
     "A proxy does not generate 421", "A proxy MUST NOT generate 421.", "421", "RFC 9110 §15.5.20",
     "", ""},
    {"423-condition-code", rule_group::per_status, rfc_level::should, rule_flag::verify,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "A 423 response body carries a condition code such as lock-token-submitted",
     "Body SHOULD carry a precondition/postcondition code such as `lock-token-submitted` or "
     "`no-conflicting-lock`.",
     "423", "RFC 4918 §11.3", "",
     "Checked unless the response answers HEAD: empty content, a non-XML Content-Type, or, with "
     "the content in the view, an XML document whose root is not DAV:error with at least one "
     "child element is reported (RFC 4918 §16: the children of DAV:error name the "
     "pre- and postconditions; any child counts, extension codes too). The XML is read with "
     "207-multistatus-body's bounded scan; what the scan cannot follow gives no finding. Still "
     "marked verify: RFC 4918 was read only through verbatim quotations, which agree: "
     "§11.3 \"This response SHOULD contain an appropriate precondition or postcondition code, "
     "such as 'lock-token-submitted' or 'no-conflicting-lock'.\""},
    {"426-upgrade-required", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A 426 response names the required protocols in Upgrade",
     "MUST send `Upgrade` with the required protocol(s), in descending preference (plus the "
     "`upgrade` connection option). RFC 2817 adds: SHOULD include a body explaining the reason.",
     "426", "RFC 9110 §15.5.22, §7.8; RFC 2817 §4.2", "", "", protocol_set::http1},
    {"428-explain", rule_group::per_status, rfc_level::should, rule_flag::none, severity::warning,
     ctx::none, repair_kind::none, coverage::checked,
     "A 428 response explains how to resubmit the request",
     "SHOULD explain how to resubmit the request successfully.", "428", "RFC 6585 §3", "",
     "Checked against RFC 6585 §3: \"Responses using this status code SHOULD explain how to "
     "resubmit the request successfully.\""},
    {"429-details", rule_group::per_status, rfc_level::should, rule_flag::none, severity::warning,
     ctx::none, repair_kind::none, coverage::checked,
     "A 429 response explains the condition, optionally with Retry-After",
     "SHOULD include details of the condition; MAY include `Retry-After`.", "429", "RFC 6585 §4",
     "",
     "Checked against RFC 6585 §4: \"The response representations SHOULD include details "
     "explaining the condition, and MAY include a Retry-After header indicating how long to "
     "wait before making a new request.\""},
    {"431-which-field", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::not_checkable,
     "A 431 response says which field is at fault, when only one is",
     "When a single field is at fault, SHOULD say which one.", "431", "RFC 6585 §5", "",
     "Whether a single field is at fault is known only to the server."
     " Checked against RFC 6585 §5: when \"a single header field is at fault ... the response "
     "representation SHOULD specify which header field was too large.\""},
    {"451-explanation", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "A 451 response explains the legal demand: who made it, under which law, for what",
     "SHOULD explain the legal demand in the body: who made it, under which law, to which "
     "persons/resources it applies.",
     "451", "RFC 7725 §3", "", ""},
    {"451-blocked-by-link", rule_group::per_status, rfc_level::must, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::checked,
     "A 451 response names the blocking entity in a Link with rel=blocked-by",
     "The blocking entity SHOULD send a `Link` whose target identifies itself; such a link MUST "
     "use `rel=\"blocked-by\"`.",
     "451", "RFC 7725 §4", "",
     "Checked for an origin server (a gateway or proxy may relay an upstream 451): no Link with "
     "the relation type blocked-by (case-insensitive, in any rel list) is the SHOULD part, "
     "reported at SHOULD severity; a rel of blocked_by or blockedby, meant for this purpose, "
     "breaks the MUST. Whether a target identifies the blocking entity is not decidable. RFC 7725 "
     "§4 read through a draft quoting it (draft-sahib-451-new-protocol-elements): SHOULD include "
     "a Link \"identifying itself\"; it \"MUST have a 'rel' parameter whose value is "
     "'blocked-by'\"."},
    {"503-retry-after", rule_group::per_status, rfc_level::may, rule_flag::none, severity::warning,
     ctx::none, repair_kind::none, coverage::checked,
     "A 503 response says when to retry in Retry-After",
     "MAY send `Retry-After` with the expected unavailability.", "503", "RFC 9110 §15.6.4", "",
     "Raised from info: respolicy's design names Retry-After on 503 as a constraint to enforce "
     "(warning in standard, error in strict)."},
    {"505-explanation", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "A 505 response explains why the version is unsupported and which are supported",
     "SHOULD send a representation explaining why the version is unsupported and which protocols "
     "are.",
     "505", "RFC 9110 §15.6.6", "", ""},
    {"510-extension-info", rule_group::per_status, rfc_level::may, rule_flag::verify,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "A 510 response says what the client needs to send an extended request",
     "The server \"should\" (lower case) return what the client needs to issue an extended "
     "request. Code is obsoleted.",
     "510", "RFC 2774 §7", "",
     "Still marked verify: RFC 2774 was read only through verbatim quotations, which agree: §7 "
     "\"The server should send back all the information necessary for the client to issue an "
     "extended request.\" Lower case, so advice, as the level says."},
    {"511-login-link", rule_group::per_status, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "A 511 response links to a login page, with no challenge or login form itself",
     "SHOULD contain a link to where the user can submit credentials; SHOULD NOT contain a "
     "challenge (`WWW-Authenticate`) or the login interface itself.",
     "511", "RFC 6585 §6", "",
     "Checked against RFC 6585 §6: \"The response representation SHOULD contain a link to a "
     "resource that allows the user to submit credentials\"; \"the 511 response SHOULD NOT "
     "contain a challenge or the login interface itself\"."},
    {"511-not-from-origin", rule_group::per_status, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::server_config, repair_kind::none, coverage::checked,
     "Only an intercepting proxy sends 511, never an origin server",
     "Origin servers SHOULD NOT generate 511; it is for intercepting proxies controlling network "
     "access.",
     "511", "RFC 6585 §6", "",
     "Checked against RFC 6585 §6: \"The 511 status SHOULD NOT be generated by origin servers; "
     "it is intended for use by intercepting proxies\"."},
    {"options-advertise-features", rule_group::per_status, rfc_level::should, rule_flag::none,
     severity::warning, ctx::method, repair_kind::none, coverage::checked,
     "A 2xx response to OPTIONS advertises optional features, such as Allow",
     "A successful OPTIONS response SHOULD send fields advertising optional features for the "
     "resource (e.g. `Allow`).",
     "2xx to OPTIONS", "RFC 9110 §9.3.7", "", ""},
    {"allow-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Allow is a comma-separated list of method tokens",
     "`Allow = #method`, `method = token`; methods are case-sensitive (standard ones upper-case). "
     "Empty value is legal.",
     "Allow", "RFC 9110 §10.2.1, §9.1", "drop empty elements / duplicates", ""},
    {"allow-proxy-unmodified", rule_group::field_specific, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::not_checkable,
     "A proxy forwards Allow unmodified", "A proxy MUST NOT modify `Allow`.", "Allow (proxy role)",
     "RFC 9110 §10.2.1", "", "Needs the response as the proxy received it."},
    {"retry-after-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Retry-After is an HTTP-date or a non-negative number of seconds",
     "Either an HTTP-date (IMF-fixdate when generated) or `delay-seconds = 1*DIGIT` (non-negative "
     "integer seconds). No negative numbers, fractions, units or lists.",
     "Retry-After", "RFC 9110 §10.2.3, §5.6.7", "",
     "A value in an obsolete date form is reported as http-date-imf-fixdate and re-formatted "
     "there; a date that does not exist (a day name that does not match the date, February 30, "
     "second 60 outside 23:59:60) is reported as http-date-calendar. This rule reports what is "
     "left: values that are no HTTP-date at all, which no repair can guess. A delay beyond 64 bits "
     "is grammatical and not reported."},
    {"retry-after-scope", rule_group::field_specific, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "Retry-After appears on 3xx, 413, 429 or 503, where it has a defined meaning",
     "Meaning is defined for 503 (expected downtime), any 3xx (minimum wait before redirecting), "
     "413 (temporary) and 429; elsewhere it is only a generic hint.",
     "Retry-After", "RFC 9110 §10.2.3, §15.5.14; RFC 6585 §4", "", ""},
    {"content-range-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Content-Range is well formed, e.g. bytes 0-499/1234 or bytes */1234",
     "`range-unit SP ( first-pos \"-\" last-pos \"/\" ( complete-length / \"*\" ) / \"*/\" "
     "complete-length )`, e.g. `bytes 0-499/1234`, `bytes 42-1233/*`, `bytes */1234`. Unsatisfied "
     "form only in 416.",
     "Content-Range", "RFC 9110 §14.4", "",
     "Also reports the unsatisfied-range form in a 206. A unit other than bytes is held to the "
     "same form only when it uses it (range units are extensible, RFC 9110 §14.1)."},
    {"content-range-valid", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Content-Range has first-pos <= last-pos < complete-length",
     "Invalid if last-pos < first-pos or complete-length ≤ last-pos; recipients MUST NOT recombine "
     "invalid ranges.",
     "Content-Range", "RFC 9110 §14.4", "",
     "complete-length is compared with last-pos in the bytes unit only, whose positions are "
     "offsets from zero; another unit says how it counts (RFC 9110 §14.1.1: `pages 1-1/1` is page "
     "one of one). last-pos below first-pos is reported in any unit."},
    {"content-range-complete-length", rule_group::field_specific, rfc_level::should,
     rule_flag::none, severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "Content-Range gives the complete length rather than * when it is known",
     "SHOULD give the complete length rather than `*` unless unknown or hard to determine.",
     "Content-Range (bytes)", "RFC 9110 §14.4", "", "Checked for the bytes unit."},
    {"content-range-status-scope", rule_group::field_specific, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::safe, coverage::checked,
     "Content-Range appears only on 206 or 416",
     "Only 206 and 416 give `Content-Range` a meaning; on other statuses it is meaningless and "
     "confusing.",
     "Content-Range", "RFC 9110 §14.4", "remove", "A 304 is left to 304-no-extra-metadata."},
    {"accept-ranges-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Accept-Ranges is a list of range units, with none standing alone",
     "`1#range-unit` (case-insensitive tokens); `none` is reserved to say \"no range support\" and "
     "should not be combined with other units.",
     "Accept-Ranges", "RFC 9110 §14.3", "", ""},
    {"location-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Location is exactly one URI reference",
     "Exactly one `URI-reference` (relative allowed, resolved against the target URI); never a "
     "list, never several field lines.",
     "Location", "RFC 9110 §10.2.2", "", ""},
    {"location-scope", rule_group::field_specific, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "Location appears only on 201, 3xx or 104, where it has a defined meaning",
     "Meaning is defined for 201 and 3xx (and draft 104); elsewhere it has no defined "
     "relationship.",
     "Location", "RFC 9110 §10.2.2", "", ""},
    {"content-location-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Content-Location is an absolute or partial URI with no fragment",
     "`absolute-URI / partial-URI` (no fragment).", "Content-Location", "RFC 9110 §8.7", "", ""},
    {"www-authenticate-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "WWW-Authenticate and Proxy-Authenticate are well-formed challenge lists",
     "`#challenge`; `challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`; `auth-param = "
     "token \"=\" ( token / quoted-string )` (no whitespace around `=` when generating).",
     "WWW-Authenticate, Proxy-Authenticate", "RFC 9110 §11.6.1, §11.7.1, §11.3, §11.2", "", ""},
    {"auth-param-unique", rule_group::field_specific, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Each auth-param name occurs at most once per challenge",
     "Each auth-param name MUST occur only once per challenge (case-insensitive).", "challenges",
     "RFC 9110 §11.2", "", ""},
    {"auth-realm-quoted", rule_group::field_specific, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "The realm auth-param is a quoted string",
     "A sender MUST only generate the quoted-string form of `realm`.", "challenges",
     "RFC 9110 §11.5", "quote the value", ""},
    {"auth-challenge-per-line", rule_group::field_specific, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::safe, coverage::checked,
     "Each authentication challenge is on its own field line",
     "Several challenges on one field line \"might not be interoperable\"; prefer one challenge "
     "per field line, well-supported schemes (e.g. Basic) first.",
     "WWW-Authenticate, Proxy-Authenticate", "RFC 9110 §11.6.1, §11.3",
     "split into separate field lines", ""},
    {"www-authenticate-proxy-unmodified", rule_group::field_specific, rfc_level::must_not,
     rule_flag::none, severity::error, ctx::server_config, repair_kind::none,
     coverage::not_checkable,
     "A proxy forwards WWW-Authenticate and Authentication-Info unmodified",
     "A proxy forwarding a response MUST NOT modify `WWW-Authenticate`; same for "
     "`Authentication-Info`.",
     "WWW-Authenticate (proxy role)", "RFC 9110 §11.6.1, §11.6.3", "",
     "Needs the response as the proxy received it."},
    {"basic-realm-required", rule_group::field_specific, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A Basic challenge has a realm, and charset only as UTF-8",
     "Basic requires `realm`; the only allowed `charset` value is `UTF-8`.", "`Basic` challenges",
     "RFC 7617 §2, §2.1", "",
     "Checked against RFC 7617: §2 \"The authentication parameter 'realm' is REQUIRED\"; §2.1 "
     "for 'charset' \"The only allowed value is \"UTF-8\"; it is to be matched "
     "case-insensitively\"."},
    {"authentication-info-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Authentication-Info and Proxy-Authentication-Info are auth-param lists", "`#auth-param`.",
     "Authentication-Info, Proxy-Authentication-Info", "RFC 9110 §11.6.3, §11.7.3", "", ""},
    {"etag-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "ETag is one quoted entity tag, optionally prefixed with W/",
     "`[ \"W/\" ] DQUOTE *etagc DQUOTE`; `W/` is case-sensitive; etagc excludes DQUOTE, SP and "
     "controls. Exactly one entity tag.",
     "ETag", "RFC 9110 §8.8.3", "", ""},
    {"etag-weak-when-not-strong", rule_group::field_specific, rfc_level::must, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::not_checkable,
     "An entity tag that is not a strong validator is marked weak with W/",
     "If generation does not meet strong-validator rules (e.g. same tag for gzip and identity "
     "variants), the tag MUST be marked `W/`.",
     "ETag", "RFC 9110 §8.8.3, §8.8.1", "builder option",
     "Whether an entity tag meets the strong-validator rules depends on how the server generates "
     "it."},
    {"etag-no-backslash", rule_group::field_specific, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "Entity tags contain no backslashes",
     "Avoid backslashes in entity tags (older recipients unescape them).", "ETag",
     "RFC 9110 §8.8.3", "", ""},
    {"last-modified-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Last-Modified is an HTTP-date in IMF-fixdate form", "HTTP-date, generated as IMF-fixdate.",
     "Last-Modified", "RFC 9110 §8.8.2, §5.6.7", "",
     "A value in an obsolete date form is reported as http-date-imf-fixdate and re-formatted "
     "there; a date that does not exist (a day name that does not match the date, February 30, "
     "second 60 outside 23:59:60) is reported as http-date-calendar. This rule reports what is "
     "left: values that are no HTTP-date at all, which no repair can guess."},
    {"date-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Date is a single HTTP-date in IMF-fixdate form",
     "HTTP-date, generated as IMF-fixdate; singleton.", "Date", "RFC 9110 §6.6.1, §5.6.7", "",
     "A value in an obsolete date form is reported as http-date-imf-fixdate and re-formatted "
     "there; a date that does not exist (a day name that does not match the date, February 30, "
     "second 60 outside 23:59:60) is reported as http-date-calendar. This rule reports what is "
     "left: values that are no HTTP-date at all, which no repair can guess."},
    {"expires-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Expires is an HTTP-date in IMF-fixdate form, not 0 or another invalid value",
     "HTTP-date in IMF-fixdate. `Expires: 0` and other invalid values are read by caches as "
     "\"already expired\" but are still invalid to generate.",
     "Expires", "RFC 9111 §5.3; RFC 9110 §5.6.7",
     "replace an invalid value with the `Date` value (same \"already expired\" meaning)",
     "An obsolete date form is reported as http-date-imf-fixdate and a date that does not exist "
     "as http-date-calendar; both are still read as dates by caches."},
    {"age-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived, severity::error,
     ctx::none, repair_kind::none, coverage::checked,
     "Age is a single non-negative integer number of seconds",
     "`delta-seconds` (non-negative integer), singleton.", "Age", "RFC 9111 §5.1, §1.2.2", "",
     "Values above 2^31 are valid; caches read them as 2^31 (RFC 9111 §1.2.2)."},
    {"cache-control-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Cache-Control is a list of directives with token or quoted-string arguments",
     "`#( token [ \"=\" ( token / quoted-string ) ] )`; directive names case-insensitive.",
     "Cache-Control", "RFC 9111 §5.2", "",
     "Also reports a max-age or s-maxage argument that is not delta-seconds, and a no-cache or "
     "private argument that is not a list of field names."},
    {"cc-delta-seconds-token-form", rule_group::field_specific, rfc_level::must_not,
     rule_flag::none, severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "max-age and s-maxage use the unquoted token form (max-age=5)",
     "Argument is `delta-seconds` in token form; a sender MUST NOT generate the quoted form "
     "(`max-age=\"5\"`).",
     "max-age, s-maxage", "RFC 9111 §5.2.2.1, §5.2.2.10", "unquote", ""},
    {"cc-required-argument", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "max-age and s-maxage have an argument", "These directives require an argument.",
     "max-age, s-maxage", "RFC 9111 §5.2.2.1, §5.2.2.10", "", ""},
    {"cc-field-list-quoted", rule_group::field_specific, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "Field names after no-cache or private are in quoted-string form",
     "Field-name arguments use the quoted-string form; SHOULD NOT generate the token form, even "
     "for one name.",
     "no-cache, private with field names", "RFC 9111 §5.2.2.4, §5.2.2.7", "quote", ""},
    {"cc-no-argument", rule_group::field_specific, rfc_level::must_not, rule_flag::derived,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Directives such as no-store, public or must-revalidate have no argument",
     "\"No argument is defined (nor allowed)\" for these.",
     "must-revalidate, must-understand, no-store, no-transform, proxy-revalidate, public",
     "RFC 9111 §5.2", "drop the argument", ""},
    {"cc-must-understand-with-no-store", rule_group::field_specific, rfc_level::should,
     rule_flag::none, severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "A response with must-understand also has no-store",
     "A response with `must-understand` SHOULD also contain `no-store`.", "must-understand",
     "RFC 9111 §5.2.2.3", "add `no-store`", "Over all Cache-Control lines together."},
    {"cc-request-only-directive", rule_group::field_specific, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::safe, coverage::checked,
     "Cache-Control has no request-only directive (max-stale, min-fresh, only-if-cached)",
     "These are request directives; in a response they have no defined meaning.",
     "max-stale, min-fresh, only-if-cached in a response", "RFC 9111 §5.2.1", "remove", ""},
    {"cc-no-duplicates-or-conflicts", rule_group::field_specific, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "Cache-Control has no duplicate, conflicting or invalid directives",
     "Duplicate directives → first wins or response treated as stale; conflicting ones (e.g. "
     "`max-age` with `no-cache`) → most restrictive; invalid freshness values → stale. Avoid all "
     "three.",
     "Cache-Control", "RFC 9111 §4.2.1", "",
     "Reports a known directive given twice (over all lines), public with an unqualified private "
     "or with no-store, a positive max-age or s-maxage with no-store or an unqualified no-cache, "
     "and s-maxage with an unqualified private. A qualified private (`private=\"Set-Cookie\"`) "
     "leaves the rest of the response to shared caches (RFC 9111 §5.2.2.7), and private with "
     "no-store agree. Extension directives are not compared; invalid arguments are "
     "cache-control-syntax's."},
    {"vary-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "Vary is * or a list of field names, not both",
     "`#( \"*\" / field-name )`. A member `*` already means \"anything\"; combining it with names "
     "adds nothing.",
     "Vary", "RFC 9110 §12.5.5", "reduce to `*`", ""},
    {"vary-star-not-from-proxy", rule_group::field_specific, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::checked,
     "A proxy does not generate * in Vary", "A proxy MUST NOT generate `*` in Vary.",
     "Vary (proxy role)", "RFC 9110 §12.5.5", "", ""},
    {"content-type-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Content-Type is a single type/subtype with optional parameters",
     "`type \"/\" subtype *( OWS \";\" OWS [ parameter ] )`, singleton; tokens case-insensitive. "
     "Duplicates are a known cross-implementation hazard.",
     "Content-Type", "RFC 9110 §8.3, §8.3.1", "", ""},
    {"content-type-present", rule_group::field_specific, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::optional, coverage::checked,
     "A response with content has Content-Type, unless the media type is unknown",
     "A sender of content SHOULD send `Content-Type` unless the media type is unknown (recipients "
     "may otherwise sniff or assume `application/octet-stream`).",
     "responses with content", "RFC 9110 §8.3", "`application/octet-stream`",
     "Reported when content is sent (known non-empty, or of unknown length) on a status and "
     "method that carry content; whether the media type is unknown is the sender's knowledge, "
     "so a deliberate omission needs the rule turned off. Not asked of a 206 to a request with "
     "Range and If-Range, which SHOULD NOT repeat representation fields (RFC 9110 §15.3.7)."},
    {"content-encoding-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Content-Encoding is a list of content-coding tokens",
     "`#content-coding` tokens, case-insensitive; codings ought to be registered.",
     "Content-Encoding", "RFC 9110 §8.4, §8.4.1", "", ""},
    {"content-encoding-order", rule_group::field_specific, rfc_level::must, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::not_checkable,
     "Content-Encoding lists the codings in the order they were applied",
     "The sender that applied codings MUST list them in the order applied.", "Content-Encoding",
     "RFC 9110 §8.4", "builder",
     "The order in which codings were applied is the sender's knowledge."},
    {"content-encoding-no-identity", rule_group::field_specific, rfc_level::should_not,
     rule_flag::none, severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "Content-Encoding does not list identity", "`identity` SHOULD NOT be listed.",
     "Content-Encoding", "RFC 9110 §8.4", "remove `identity`", ""},
    {"content-language-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Content-Language is a list of language tags",
     "`#language-tag` (BCP 47 / RFC 5646 tags, no whitespace inside a tag).", "Content-Language",
     "RFC 9110 §8.5, §8.5.1", "", ""},
    {"upgrade-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Upgrade is a list of protocol names with optional versions",
     "`#protocol`, `protocol = protocol-name [ \"/\" protocol-version ]` (tokens).", "Upgrade",
     "RFC 9110 §7.8", "", "", protocol_set::http1},
    {"connection-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Connection is a list of connection-option tokens",
     "`#connection-option` (tokens, case-insensitive).", "Connection", "RFC 9110 §7.6.1", "", "",
     protocol_set::http1},
    {"transfer-encoding-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Transfer-Encoding is a list of transfer codings", "`#transfer-coding`.",
     "Transfer-Encoding, h1", "RFC 9112 §6.1", "", "", protocol_set::http1},
    {"trailer-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Trailer lists field names that are permitted in trailers",
     "`#field-name`; names must be fields permitted in trailers (see `trailer-field-permitted`).",
     "Trailer", "RFC 9110 §6.6.2", "", ""},
    {"server-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Server is a list of products (name/version) and comments",
     "`product *( RWS ( product / comment ) )`, `product = token [ \"/\" token ]`.", "Server",
     "RFC 9110 §10.2.4", "", ""},
    {"server-minimal", rule_group::field_specific, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::none, repair_kind::optional, coverage::checked,
     "Server reveals no needless detail and few third-party subproducts",
     "SHOULD NOT contain needlessly fine-grained detail; SHOULD limit third-party subproducts "
     "(fingerprinting, attack surface).",
     "Server", "RFC 9110 §10.2.4, §17.12", "truncate to product name",
     "A heuristic, since \"needlessly fine-grained\" has no definition: reported when Server "
     "lists more than two products (the server and one subproduct) or a product version with "
     "three or more dot-separated parts (a patch level, `2.4.41`); comments are not counted. "
     "Not reported under the proxy role, which forwards the origin's Server."},
    {"server-product-no-advertising", rule_group::field_specific, rfc_level::must_not,
     rule_flag::none, severity::error, ctx::none, repair_kind::none, coverage::not_checkable,
     "Server product identifiers hold a name and version only, no advertising",
     "Product identifiers carry name and version only, no advertising; version field only a "
     "version.",
     "Server", "RFC 9110 §10.1.5, §10.2.4", "",
     "Not checkable: whether a product identifier advertises or carries nonessential "
     "information is a judgement, and RFC 9110 gives no syntax for a version identifier (2.4, "
     "trunk, bookworm and 2024-05 are all in use), so no product-version can be shown not to be "
     "one. The decidable part is checked by other rules: the product grammar, token [\"/\" "
     "token] with comments outside the product identifier (server-syntax), and the SHOULD to "
     "limit products and detail (server-minimal, a heuristic). Checked against RFC 9110: §10.1.5 "
     "\"a sender MUST NOT generate advertising or other "
     "nonessential information within the product identifier\" and \"SHOULD NOT generate "
     "information in product-version that is not a version identifier\"; §10.2.4 gives Server "
     "product identifiers \"as defined in Section 10.1.5\", so the sentence, addressed to any "
     "sender, applies."},
    {"via-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived, severity::error,
     ctx::server_config, repair_kind::none, coverage::checked,
     "Via is a list of received-protocol and received-by entries",
     "`#( received-protocol RWS received-by [ RWS comment ] )`. A proxy MUST send Via; a gateway "
     "MAY in responses.",
     "Via (gateway role)", "RFC 9110 §7.6.3", "", ""},
    {"link-syntax", rule_group::field_specific, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Link is a list of <URI-reference> values with parameters",
     "`#( \"<\" URI-Reference \">\" *( OWS \";\" OWS link-param ) )`.", "Link", "RFC 8288 §3", "",
     "Checked against RFC 8288 §3: Link = #link-value; link-value = \"<\" URI-Reference \">\" "
     "*( OWS \";\" OWS link-param ); link-param = token BWS [ \"=\" BWS ( token / "
     "quoted-string ) ]."},
    {"link-rel-required", rule_group::field_specific, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Each Link value has exactly one rel parameter",
     "`rel` MUST be present and MUST NOT appear more than once per link-value.", "Link",
     "RFC 8288 §3.3", "",
     "Checked against RFC 8288 §3.3: \"The rel parameter MUST be present but MUST NOT appear "
     "more than once in a given link-value\"."},
    {"content-disposition-valid", rule_group::field_specific, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Content-Disposition is valid, with no repeated parameter",
     "Senders MUST NOT generate invalid values: `disposition-type *( \";\" disposition-parm )`; "
     "repeating a parameter name makes the value invalid.",
     "Content-Disposition", "RFC 6266 §3, §4.1", "", ""},
    {"content-disposition-filename-fallback", rule_group::field_specific, rfc_level::may,
     rule_flag::none, severity::info, ctx::none, repair_kind::none, coverage::checked,
     "A Content-Disposition with filename* also has a plain filename",
     "When sending `filename*` (RFC 5987/8187 encoding) also send a plain `filename` fallback for "
     "older recipients (recipients SHOULD prefer `filename*`).",
     "Content-Disposition", "RFC 6266 §4.3, §5", "", ""},
    {"date-required", rule_group::caching, rfc_level::must, rule_flag::none, severity::error,
     ctx::server_config, repair_kind::safe, coverage::checked,
     "A 2xx, 3xx or 4xx response from an origin with a clock has Date",
     "An origin server with a clock MUST send `Date` in every 2xx, 3xx and 4xx response; MAY in "
     "1xx and 5xx.",
     "2xx, 3xx, 4xx (origin with clock)", "RFC 9110 §6.6.1", "add current time",
     "Checked for every server role with a clock: an intermediary must add Date to a response it "
     "forwards without one (RFC 9110 §6.6.1)."},
    {"date-no-clock", rule_group::caching, rfc_level::must_not, rule_flag::none, severity::error,
     ctx::server_config, repair_kind::safe, coverage::checked,
     "An origin server without a clock sends no Date",
     "An origin server without a clock MUST NOT generate `Date`.", "all", "RFC 9110 §6.6.1",
     "remove", "Checked for the origin role; an intermediary forwards the Date it received."},
    {"date-accurate", rule_group::caching, rfc_level::should, rule_flag::none, severity::warning,
     ctx::server_config, repair_kind::optional, coverage::not_checkable,
     "Date is the best approximation of the generation time",
     "`Date` SHOULD be the best approximation of generation time (debug check: within a tolerance "
     "of \"now\").",
     "all", "RFC 9110 §6.6.1", "reset to now",
     "Needs the time the response was generated; the guard can compare Date with its clock."},
    {"last-modified-not-after-date", rule_group::caching, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::safe, coverage::checked,
     "Last-Modified is not later than Date",
     "An origin with a clock MUST NOT generate a `Last-Modified` later than its message "
     "origination time (`Date`); a future value MUST be replaced by the origination date.",
     "Last-Modified", "RFC 9110 §8.8.2.1", "clamp to `Date` (mandated)",
     "Needs Date; not checked for the proxy role, which forwards the origin's value."},
    {"last-modified-no-clock", rule_group::caching, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::not_checkable,
     "An origin without a clock sends Last-Modified only if assigned by one with a clock",
     "An origin without a clock MUST NOT generate `Last-Modified` unless another system with a "
     "clock assigned it.",
     "Last-Modified", "RFC 9110 §8.8.2.1", "",
     "Whether a system with a clock assigned the value is not visible in the response, and "
     "without a clock a Last-Modified is legal exactly then."},
    {"last-modified-recommended", rule_group::caching, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::not_checkable,
     "A selected representation has Last-Modified when it can be determined",
     "Send `Last-Modified` when a modification date can be determined reasonably and consistently; "
     "obtain it close to the `Date` value.",
     "selected representations", "RFC 9110 §8.8.2.1", "",
     "Whether a modification date can be determined reasonably and consistently is the server's "
     "knowledge; 200-validators reports a 200 to GET or HEAD with neither validator."},
    {"etag-recommended", rule_group::caching, rfc_level::should, rule_flag::none, severity::warning,
     ctx::none, repair_kind::none, coverage::not_checkable,
     "A selected representation has an ETag when changes can be detected",
     "Send `ETag` when change detection can be determined reasonably and consistently.",
     "selected representations", "RFC 9110 §8.8.3.1", "",
     "Whether changes to the representation can be detected is the server's knowledge; "
     "200-validators reports a 200 to GET or HEAD with neither validator."},
    {"expires-no-clock", rule_group::caching, rfc_level::must_not, rule_flag::none, severity::error,
     ctx::server_config, repair_kind::none, coverage::not_checkable,
     "An origin without a clock sends Expires only as a past or externally assigned time",
     "An origin without a clock MUST NOT generate `Expires` unless it is a fixed past time or was "
     "assigned by a system with a clock.",
     "Expires", "RFC 9111 §5.3", "",
     "Whether the value is a fixed past time or was assigned by a system with a clock needs the "
     "current time (which a server without a clock lacks) or the value's origin; the response "
     "shows neither."},
    {"expires-with-max-age", rule_group::caching, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "Expires agrees with max-age and s-maxage, which override it",
     "When `max-age` is present recipients MUST ignore `Expires` (shared caches also with "
     "`s-maxage`); keep both consistent or drop Expires.",
     "Expires + max-age / s-maxage", "RFC 9111 §5.3", "",
     "Reported when the freshness Expires gives (Expires minus Date; none for an invalid "
     "Expires) differs from max-age, or from s-maxage when there is no max-age, by more than one "
     "second. Needs Date."},
    {"expires-far-future", rule_group::caching, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked, "Expires is not set to a very distant date",
     "Very distant values (historically > 1 year was forbidden) cause overflow problems in some "
     "caches.",
     "Expires", "RFC 9111 §5.3", "",
     "Reported for an Expires more than 365 days after Date, the limit of RFC 2616 §14.21. Needs "
     "Date."},
    {"heuristic-cacheability", rule_group::caching, rfc_level::may, rule_flag::none, severity::info,
     ctx::method, repair_kind::none, coverage::checked,
     "A heuristically cacheable response states its freshness explicitly",
     "A heuristically cacheable status (RFC 9110 §15.1) with neither `Cache-Control` freshness nor "
     "`Expires` may be reused for a heuristic lifetime (often 10 % of time since `Last-Modified`); "
     "state the intended policy explicitly.",
     "final responses without explicit freshness", "RFC 9110 §15.1; RFC 9111 §4.2.2, §3", "",
     "Checked for responses to GET and HEAD that carry Last-Modified, from which caches compute "
     "a heuristic lifetime (most assign none without it)."},
    {"never-stored-status", rule_group::caching, rfc_level::should_not, rule_flag::derived,
     severity::warning, ctx::none, repair_kind::safe, coverage::checked,
     "A 428, 429, 431 or 511 response is not marked cacheable",
     "Caches MUST NOT store these; a response marking them cacheable (`public`, `max-age`, "
     "`s-maxage`, future `Expires`) contradicts the status definition.",
     "428, 429, 431, 511", "RFC 6585 §3, §4, §5, §6", "add `Cache-Control: no-store`",
     "Checked against RFC 6585 §3-§6: each says \"Responses with the 428 [429, 431, 511] "
     "status code MUST NOT be stored by a cache\", a requirement on caches; a sender marking "
     "such a response cacheable contradicts it, hence SHOULD NOT (D)."},
    {"425-not-cacheable-by-default", rule_group::caching, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "A 425 response is not made cacheable; its content represents no resource",
     "425 is not cacheable by default and its content is not a representation of any resource.",
     "425", "RFC 8470 §5.2", "",
     "Marked cacheable: public, a positive max-age or s-maxage, or an Expires after Date, "
     "without no-store."},
    {"age-not-from-origin", rule_group::caching, rfc_level::should_not, rule_flag::derived,
     severity::warning, ctx::server_config, repair_kind::safe, coverage::checked,
     "An origin server does not send Age",
     "`Age` asserts the response was not generated or validated by the origin for this request; an "
     "origin server should not emit it.",
     "Age", "RFC 9111 §5.1", "remove (origin role)",
     "Checked for the origin role; a gateway may cache."},
    {"pragma-no-meaning-in-response", rule_group::caching, rfc_level::may, rule_flag::none,
     severity::info, ctx::none, repair_kind::none, coverage::checked,
     "The response controls caching with Cache-Control, not Pragma: no-cache",
     "`Pragma: no-cache` in a response was never specified and is no substitute for "
     "`Cache-Control: no-cache`.",
     "Pragma", "RFC 9111 §5.4", "",
     "Reported when Pragma: no-cache is not backed by Cache-Control no-cache or no-store; "
     "deprecated-fields reports any Pragma."},
    {"vary-when-negotiated", rule_group::caching, rfc_level::should, rule_flag::none,
     severity::warning, ctx::negotiation | ctx::request_fields | ctx::exchange,
     repair_kind::optional, coverage::probe,
     "A negotiated cacheable response lists the selecting request fields in Vary",
     "An origin SHOULD send `Vary` naming the request fields that selected the content when the "
     "response is cacheable and meant for selective reuse (no need to list `Authorization`).",
     "cacheable responses selected by request fields", "RFC 9110 §12.5.5",
     "add names the negotiation layer reports",
     "\"An origin server SHOULD generate a Vary header field on a cacheable response when it "
     "wishes "
     "that response to be selectively reused for subsequent requests.\" Which request fields "
     "selected the content is the server's knowledge, and one response does not show it; two "
     "answers to requests that differ only in Accept-Encoding do. respolicy::probe reports each "
     "cacheable answer without Vary naming Accept-Encoding (or *) when the two differ in "
     "Content-Encoding (docs/probe.md, tests/unit/probe.cpp)."},
    {"304-cache-metadata", rule_group::caching, rfc_level::must, rule_flag::none, severity::error,
     ctx::equivalent_200, repair_kind::optional, coverage::checked,
     "A 304 response carries the cache metadata of the 200 so caches update correctly",
     "(cache view of `304-required-fields`) `Cache-Control`, `Content-Location`, `Date`, `ETag`, "
     "`Expires`, `Vary` as the 200 would carry them, so caches update stored responses correctly.",
     "304", "RFC 9110 §15.4.5; RFC 9111 §4.3.4", "copy from 200 template",
     "Reports the listed fields that the 304 and the 200 both carry with different values "
     "(Expires compared as instants); 304-required-fields reports the missing ones."},
    {"shared-cache-authorization", rule_group::caching, rfc_level::may, rule_flag::none,
     severity::info, ctx::authorization, repair_kind::none, coverage::checked,
     "A response to an authenticated request is shared-cacheable only on purpose",
     "`public`, `s-maxage` or `must-revalidate` allow a shared cache to reuse a response to an "
     "authenticated request; flag it so it is intentional.",
     "responses to requests with Authorization", "RFC 9111 §3.5", "", ""},
    {"no-transform-respected", rule_group::caching, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::none, coverage::not_checkable,
     "A proxy does not transform the content of a response with no-transform",
     "A proxy MUST NOT transform the content of a response with `no-transform`; a transforming "
     "proxy may signal changes via 203.",
     "intermediary role", "RFC 9110 §7.7; RFC 9111 §5.2.2.6", "",
     "Needs the response as the intermediary received it."},
    {"1xx-not-to-http10", rule_group::request, rfc_level::must_not, rule_flag::minimal,
     severity::error, ctx::version, repair_kind::safe, coverage::checked,
     "No 1xx response is sent to an HTTP/1.0 client",
     "A server MUST NOT send any 1xx (100, 101, 102, 103, 104, …) to an HTTP/1.0 client.", "1xx",
     "RFC 9110 §15.2", "suppress the interim response", ""},
    {"100-needs-expect", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::expect, repair_kind::safe, coverage::checked,
     "A 100 response answers a request with Expect: 100-continue",
     "100 answers a `100-continue` expectation; sent without one it is legal but useless (the "
     "client simply discards it).",
     "100", "RFC 9110 §15.2.1, §10.1.1", "suppress", ""},
    {"100-then-final", rule_group::request, rfc_level::must, rule_flag::none, severity::error,
     ctx::exchange, repair_kind::none, coverage::exchange,
     "A 100 response is followed by a final response",
     "A server that sent 100 MUST eventually send a final status (unless the connection closes "
     "early).",
     "after 100", "RFC 9110 §10.1.1", "",
     "Checked across a connection rather than by validate(): connection_checker "
     "(<respolicy/exchange.hpp>, tests/unit/exchange.cpp) in respolicy::beast::checked_stream "
     "(tests/beast/checked_stream.cpp: a real server that breaks it, and a near miss), and in "
     "respolicy-lint on a raw capture with --request (tests/cli: cli.100_then_final and its near "
     "miss) and through --proxy."},
    {"100-continue-prompt", rule_group::request, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::expect | ctx::version | ctx::exchange, repair_kind::none,
     coverage::exchange, "A 100-continue request gets an immediate 100 or final response",
     "The origin MUST answer immediately with either a final status (if decidable from the header "
     "section) or 100; it MUST NOT wait for the content before sending 100.",
     "request with `Expect: 100-continue` and pending content (HTTP/1.1+)", "RFC 9110 §10.1.1",
     "adapter behaviour",
     "Checked across a connection rather than by validate(): connection_checker "
     "(<respolicy/exchange.hpp>, tests/unit/exchange.cpp) in respolicy::beast::checked_stream "
     "(tests/beast/checked_stream.cpp: a real server that breaks it, and a near miss). Only a "
     "wrapper of the server's own stream sees the server wait to read: respolicy-lint's captures "
     "and proxy cannot, so they leave it unjudged. respolicy::probe checks it over TCP and TLS: "
     "its "
     "expect-continue probe sends the header section, waits, and reports the rule when neither a "
     "100 nor a final response came before it sent the content (tests/beast/probe.cpp)."},
    {"100-continue-http10-ignored", rule_group::request, rfc_level::must, rule_flag::none,
     severity::error, ctx::version | ctx::expect, repair_kind::safe, coverage::checked,
     "An HTTP/1.0 request with 100-continue gets no 100 response",
     "A `100-continue` in an HTTP/1.0 request MUST be ignored (no 100).", "HTTP/1.0 requests",
     "RFC 9110 §10.1.1", "suppress", ""},
    {"early-final-response-signals-close", rule_group::request, rfc_level::must, rule_flag::none,
     severity::error, ctx::expect | ctx::exchange, repair_kind::safe, coverage::exchange,
     "A final response sent before the request body is read says if the connection closes",
     "SHOULD say whether the connection will close (e.g. `Connection: close`) or the rest of the "
     "body will be read; the server MUST read the whole body or close after responding.",
     "final response sent before the request content is read", "RFC 9110 §10.1.1; RFC 9112 §9.3",
     "add `Connection: close`",
     "Checked across a connection rather than by validate(): connection_checker "
     "(<respolicy/exchange.hpp>, tests/unit/exchange.cpp) in respolicy::beast::checked_stream "
     "(tests/beast/checked_stream.cpp: a real server that breaks it, and a near miss), and in "
     "respolicy-lint through --proxy (tests/cli/live.cpp), which sees a response arrive before the "
     "request's content has passed; a capture file shows no timing, so --raw --request cannot."},
    {"417-needs-expect", rule_group::request, rfc_level::should_not, rule_flag::derived,
     severity::warning, ctx::expect, repair_kind::none, coverage::checked,
     "A 417 response answers a request with an Expect field",
     "417 says an expectation in the request's `Expect` could not be met; with no `Expect` it is a "
     "misuse. A non-100-continue expectation MAY be answered with 417.",
     "417", "RFC 9110 §15.5.18, §10.1.1", "", ""},
    {"101-needs-upgrade-request", rule_group::request, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::upgrade, repair_kind::none, coverage::checked,
     "A 101 response switches only to protocols listed in the request's Upgrade",
     "The server MUST NOT switch to a protocol the client did not list in the request's `Upgrade`; "
     "every protocol in the 101 `Upgrade` must come from the request.",
     "101", "RFC 9110 §7.8", "", ""},
    {"101-not-to-http10", rule_group::request, rfc_level::must, rule_flag::none, severity::error,
     ctx::version | ctx::upgrade, repair_kind::none, coverage::checked,
     "No 101 response is sent to an HTTP/1.0 request",
     "An `Upgrade` in an HTTP/1.0 request MUST be ignored, so no 101 (also covered by "
     "`1xx-not-to-http10`).",
     "101", "RFC 9110 §7.8, §15.2", "", ""},
    {"100-before-101", rule_group::request, rfc_level::must, rule_flag::none, severity::error,
     ctx::expect | ctx::upgrade | ctx::exchange, repair_kind::none, coverage::exchange,
     "A request with Upgrade and 100-continue gets a 100 before the 101",
     "With both `Upgrade` and `100-continue` in the request, a 100 MUST be sent before the 101.",
     "101 after `Expect: 100-continue`", "RFC 9110 §7.8", "",
     "Checked across a connection rather than by validate(): connection_checker "
     "(<respolicy/exchange.hpp>, tests/unit/exchange.cpp) in respolicy::beast::checked_stream "
     "(tests/beast/checked_stream.cpp: a real server that breaks it, and a near miss), and in "
     "respolicy-lint on a raw capture with --request (tests/cli: cli.100_before_101 and its near "
     "miss) and through --proxy."},
    {"101-semantics-preserved", rule_group::request, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::method, repair_kind::none, coverage::not_checkable,
     "A 101 switches only to a protocol that can honor the request's semantics",
     "Do not switch unless the new protocol can honor the request's semantics (OPTIONS can always "
     "be honored).",
     "101", "RFC 9110 §7.8", "",
     "Whether the new protocol can honour the request's semantics is the application's knowledge."},
    {"head-same-fields-as-get", rule_group::request, rfc_level::should, rule_flag::none,
     severity::warning, ctx::method | ctx::equivalent_200, repair_kind::none, coverage::checked,
     "A HEAD response has the header fields a GET response would have",
     "SHOULD send the header fields a GET would get; MAY omit those only known while generating "
     "content (e.g. `Content-Length`, `Vary`). The representation metadata it sends "
     "(`Content-Type`, `Content-Encoding`, `Content-Language`, `Content-Location`, `ETag`, "
     "`Last-Modified`) has the GET's values.",
     "HEAD", "RFC 9110 §9.3.2", "",
     "\"The server SHOULD send the same header fields in response to a HEAD request as it would "
     "have sent if the request method had been GET.\" Compared with the equivalent 200 (context "
     "G): a field the GET has and the HEAD lacks, or representation metadata with another value. "
     "respolicy::probe sends the HEAD beside its GET (docs/probe.md)."},
    {"206-needs-range-request", rule_group::request, rfc_level::must_not, rule_flag::derived,
     severity::warning, ctx::method | ctx::range, repair_kind::none, coverage::checked,
     "A 206 response answers a GET with a satisfiable Range field",
     "206 answers a range request: method with defined range semantics (only GET in RFC 9110; a "
     "server MUST ignore `Range` on other methods) and a `Range` field with a supported unit and "
     "satisfiable ranges.",
     "206", "RFC 9110 §15.3.7, §14.2", "",
     "Derived rule without a keyword sentence (catalog §5.8): warning by default, error in "
     "strict."},
    {"206-if-range-match", rule_group::request, rfc_level::must, rule_flag::none, severity::error,
     ctx::range, repair_kind::none, coverage::checked,
     "A 206 response to a request with If-Range is sent only if If-Range matches",
     "`If-Range` must evaluate true (strong ETag match, or exact strong `Last-Modified` match); if "
     "false the `Range` MUST be ignored and a 200 sent.",
     "206 to a request with If-Range", "RFC 9110 §13.1.5, §13.2.2", "",
     "Compared with the equivalent 200 (context G) when given, else with the 206's own ETag or "
     "Last-Modified, which are the selected representation's (RFC 9110 §15.3.7); a 206 without "
     "the validator If-Range names is not judged."},
    {"206-content-matches-200", rule_group::request, rfc_level::must, rule_flag::derived,
     severity::warning, ctx::range | ctx::equivalent_200, repair_kind::none, coverage::checked,
     "The content of a 206 is the bytes of the 200's content that its Content-Range names",
     "A 206 transfers parts of the selected representation: the content of a single-part 206, and "
     "of each part of a multipart one, is exactly the bytes of the 200's content its Content-Range "
     "names, and its complete-length is the 200's content length.",
     "206 with the equivalent 200", "RFC 9110 §15.3.7, §14.4", "",
     "Derived: \"The 206 (Partial Content) status code indicates that the server is successfully "
     "fulfilling a range request for the target resource by transferring one or more parts of the "
     "selected representation.\" Checked when the equivalent 200 (context G) has its whole content "
     "in the view and the same Content-Encoding: respolicy::probe sends a range and a two-range "
     "request beside its GET. Derived rule without a keyword sentence (catalog §5.8): warning by "
     "default, error in strict."},
    {"206-no-multipart-for-single-range", rule_group::request, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::range, repair_kind::none, coverage::checked,
     "A 206 response to a single-range request is not multipart",
     "A server MUST NOT send a multipart response to a request for a single range. (A single-part "
     "multipart is allowed if several ranges were requested.)",
     "206", "RFC 9110 §15.3.7.2", "", ""},
    {"206-parts-order", rule_group::request, rfc_level::should, rule_flag::none, severity::warning,
     ctx::range, repair_kind::none, coverage::checked,
     "The parts of a multipart 206 follow the order of the requested ranges",
     "Parts SHOULD appear in the order of the request's range-specs (after dropping unsatisfiable "
     "and coalesced ranges).",
     "206 multipart", "RFC 9110 §15.3.7.2", "",
     "Checked when a multipart/byteranges 206 has its content in the view and the request's Range "
     "has 2 to 64 byte range-specs. Each part stands for the range-specs it overlaps (suffix and "
     "open ranges resolved with the part's complete length; a suffix range with an unknown length "
     "overlaps any part). Unsatisfiable specs are left out and a coalesced part may take the "
     "place of any spec it covers, so the parts are in order when each can take a spec no "
     "earlier than its predecessor's; taking the earliest that fits decides it exactly. Parts "
     "overlapping no range-spec are not judged; one finding per response."},
    {"range-loses-to-304", rule_group::request, rfc_level::must_not, rule_flag::derived,
     severity::error, ctx::conditional | ctx::range | ctx::equivalent_200, repair_kind::none,
     coverage::checked, "A conditional request that yields 304 or 412 gets no 206 or 416",
     "`Range` is evaluated only if the response would otherwise be 200; if preconditions yield 304 "
     "(or 412), no 206/416.",
     "206/416 to a conditional GET", "RFC 9110 §14.2, §13.2.2", "",
     "Derived from the order of §13.2.2, where Range is step 5, after the preconditions. Judged "
     "with the equivalent 200 (context G), which gives the precondition's outcome: an "
     "If-None-Match that lists the 200's entity tag (weak comparison) or an If-Match that lists "
     "none of it (strong comparison) on a GET answered 206 or 416. respolicy::probe sends Range "
     "with If-None-Match beside its GET."},
    {"416-needs-range-request", rule_group::request, rfc_level::must_not, rule_flag::derived,
     severity::warning, ctx::method | ctx::range, repair_kind::none, coverage::checked,
     "A 416 response answers a GET with a Range field",
     "416 reports that the request's `Range` set was rejected; without a (valid, GET) `Range` it "
     "is a misuse.",
     "416", "RFC 9110 §15.5.17, §14.2", "",
     "Derived rule without a keyword sentence (catalog §5.8): warning by default, error in "
     "strict."},
    {"416-complete-length-current", rule_group::request, rfc_level::must, rule_flag::derived,
     severity::warning, ctx::range | ctx::equivalent_200, repair_kind::none, coverage::checked,
     "The complete-length of a 416's Content-Range is the current length of the representation",
     "`Content-Range: bytes */N` in a 416 gives N, the current length of the selected "
     "representation: the content length of the 200 the same GET gets.",
     "416 with the equivalent 200", "RFC 9110 §15.5.17, §14.4", "",
     "Derived: \"The complete-length in a 416 response indicates the current length of the "
     "selected representation.\" Checked when the equivalent 200 (context G) has a known content "
     "length and no Content-Encoding differs: respolicy::probe sends a range past the end beside "
     "its GET. Derived rule without a keyword sentence (catalog §5.8): warning by default, error "
     "in strict."},
    {"304-needs-conditional-get-head", rule_group::request, rfc_level::must_not, rule_flag::derived,
     severity::warning, ctx::method | ctx::conditional, repair_kind::none, coverage::checked,
     "A 304 answers a GET or HEAD whose If-None-Match or If-Modified-Since evaluated false",
     "304 is only for a conditional GET or HEAD whose `If-None-Match` or `If-Modified-Since` "
     "evaluated false.",
     "304", "RFC 9110 §15.4.5, §13.1.2, §13.1.3, §13.2.2", "",
     "Derived rule without a keyword sentence (catalog §5.8): warning by default, error in "
     "strict."},
    {"if-none-match-unsafe-412", rule_group::request, rfc_level::must, rule_flag::none,
     severity::error, ctx::method | ctx::conditional, repair_kind::none, coverage::checked,
     "A failed If-None-Match on a method other than GET or HEAD gets 412, not 304",
     "The origin MUST answer 412, not 304, when `If-None-Match` fails for other methods.",
     "failed If-None-Match on non-GET/HEAD", "RFC 9110 §13.1.2", "", ""},
    {"if-none-match-304", rule_group::request, rfc_level::must, rule_flag::none, severity::error,
     ctx::method | ctx::conditional | ctx::equivalent_200, repair_kind::none, coverage::checked,
     "A GET or HEAD whose If-None-Match lists the current entity tag gets 304, not 2xx",
     "An If-None-Match that lists the selected representation's entity tag (weak comparison), or "
     "`*`, evaluates false: the method is not performed, and a GET or HEAD gets 304.",
     "2xx to a GET or HEAD with If-None-Match", "RFC 9110 §13.1.2, §13.2.1", "",
     "\"An origin server that evaluates an If-None-Match condition MUST NOT perform the requested "
     "method if the condition evaluates to false; instead, the origin server MUST respond with "
     "either a) the 304 (Not Modified) status code if the request method is GET or HEAD or b) the "
     "412 (Precondition Failed) status code for all other request methods.\" Judged with the "
     "equivalent 200 (context G), whose ETag is the current one. respolicy::probe sends "
     "If-None-Match with the ETag its "
     "GET received."},
    {"if-modified-since-304", rule_group::request, rfc_level::should, rule_flag::none,
     severity::warning, ctx::method | ctx::conditional | ctx::equivalent_200, repair_kind::none,
     coverage::checked,
     "A GET or HEAD with If-Modified-Since not before Last-Modified gets 304, not 2xx",
     "An If-Modified-Since (without If-None-Match) no earlier than the representation's "
     "Last-Modified evaluates false: the origin SHOULD NOT perform the method and SHOULD send 304.",
     "2xx to a GET or HEAD with If-Modified-Since", "RFC 9110 §13.1.3", "",
     "\"An origin server that evaluates an If-Modified-Since condition SHOULD NOT perform the "
     "requested method if the condition evaluates to false; instead, the origin server SHOULD "
     "generate a 304 (Not Modified) response\". Judged with the equivalent 200 (context G) and "
     "its Last-Modified; a request with If-None-Match, or a date that is not an HTTP-date, is not "
     "judged (the field is then ignored). respolicy::probe sends the Last-Modified its GET "
     "received."},
    {"if-match-failed-not-performed", rule_group::request, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::method | ctx::conditional | ctx::equivalent_200, repair_kind::none,
     coverage::checked,
     "A GET or HEAD whose If-Match lists no current entity tag is not performed (no 2xx)",
     "An If-Match that lists entity tags, none of them strongly equal to the selected "
     "representation's, evaluates false: the method is not performed (412 is the usual answer).",
     "2xx to a GET or HEAD with If-Match", "RFC 9110 §13.1.1", "",
     "\"An origin server that evaluates an If-Match condition MUST NOT perform the requested "
     "method if the condition evaluates to false.\" The 2xx allowed for a state change already "
     "applied does not concern GET and HEAD. Judged with the equivalent 200 (context G) when it "
     "has an ETag; respolicy::probe sends an entity tag its GET never received."},
    {"412-needs-precondition", rule_group::request, rfc_level::must_not, rule_flag::derived,
     severity::warning, ctx::conditional, repair_kind::none, coverage::checked,
     "A 412 response answers a request with a precondition that evaluated false",
     "412 says a precondition in the request evaluated false (`If-Match`, `If-Unmodified-Since`, "
     "`If-None-Match` on non-GET/HEAD, or an extension precondition such as WebDAV `If`).",
     "412", "RFC 9110 §15.5.13, §13.2.2", "",
     "Derived rule without a keyword sentence (catalog §5.8): warning by default, error in "
     "strict."},
    {"preconditions-ignored-for-method", rule_group::request, rfc_level::must_not,
     rule_flag::derived, severity::warning, ctx::method | ctx::conditional, repair_kind::none,
     coverage::checked, "No 304 or 412 is sent in response to CONNECT, OPTIONS or TRACE",
     "Conditional fields MUST be ignored for methods that do not select or modify a "
     "representation; so no 304/412 for them.",
     "304/412 to CONNECT, OPTIONS, TRACE", "RFC 9110 §13.2.1", "",
     "Derived rule without a keyword sentence: warning by default, error in strict."},
    {"preconditions-after-other-checks", rule_group::request, rfc_level::must, rule_flag::none,
     severity::error, ctx::conditional | ctx::equivalent_200, repair_kind::none,
     coverage::not_checkable,
     "A 304 or 412 is sent only if the unconditional response would be 2xx or 412",
     "Preconditions MUST be ignored when the unconditional response would not be 2xx or 412 "
     "(redirects and errors win). Checkable only with the unconditional outcome.",
     "304/412", "RFC 9110 §13.2.1", "",
     "Needs the status the unconditional request would have produced."},
    {"post-no-206-304-416", rule_group::request, rfc_level::must_not, rule_flag::derived,
     severity::warning, ctx::method, repair_kind::none, coverage::checked,
     "A response to POST is not 206, 304 or 416", "206, 304 and 416 cannot be responses to POST.",
     "responses to POST", "RFC 9110 §9.3.3", "",
     "Derived rule without a keyword sentence: warning by default, error in strict."},
    {"405-allow-excludes-method", rule_group::request, rfc_level::should_not, rule_flag::derived,
     severity::warning, ctx::method, repair_kind::none, coverage::checked,
     "The Allow of a 405 response does not list the request method",
     "`Allow` lists the methods the resource currently supports, while 405 says the request method "
     "is not supported; listing the request's method is self-contradictory. No sentence states "
     "this rule directly.",
     "405", "RFC 9110 §15.5.6, §10.2.1", "either Allow or the status is wrong", ""},
    {"405-501-for-get-head", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::method, repair_kind::none, coverage::checked,
     "GET and HEAD are supported, not rejected with 405 or 501",
     "General-purpose servers MUST support GET and HEAD; rejecting them signals misconfiguration.",
     "405/501 to GET or HEAD", "RFC 9110 §9.1", "", ""},
    {"501-vs-405", rule_group::request, rfc_level::should, rule_flag::none, severity::warning,
     ctx::method | ctx::exchange, repair_kind::none, coverage::probe,
     "An unknown method gets 501; a known method not allowed for the resource gets 405",
     "Unrecognized/unimplemented method → SHOULD 501; recognized but not allowed for this resource "
     "→ SHOULD 405.",
     "405, 501", "RFC 9110 §9.1, §15.6.2", "",
     "\"An origin server that receives a request method that is unrecognized or not implemented "
     "SHOULD respond with the 501 (Not Implemented) status code. An origin server that receives a "
     "request method that is recognized and implemented, but not allowed for the target resource, "
     "SHOULD respond with the 405 (Method Not Allowed) status code.\" One response does not show "
     "which methods a server knows; two do. respolicy::probe reports a method no server knows "
     "answered 405, and a method the server lists in Allow (of its OPTIONS or 405 answers) "
     "answered "
     "501 (docs/probe.md, tests/unit/probe.cpp)."},
    {"put-status", rule_group::request, rfc_level::must, rule_flag::none, severity::error,
     ctx::method | ctx::exchange, repair_kind::none, coverage::not_checkable,
     "A successful PUT gets 201 when creating, 200 or 204 when modifying",
     "Created a new representation → MUST 201; modified an existing one → MUST 200 or 204.",
     "2xx to PUT", "RFC 9110 §9.3.4", "application knowledge",
     "Whether PUT created or modified a representation is the application's knowledge."},
    {"put-validators-only-if-unchanged", rule_group::request, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::method, repair_kind::optional, coverage::not_checkable,
     "A 2xx to PUT has ETag or Last-Modified only if the content was stored unchanged",
     "No `ETag` / `Last-Modified` in a successful PUT response unless the stored representation is "
     "byte-identical to the request content and the validator reflects it.",
     "2xx to PUT", "RFC 9110 §9.3.4",
     "strip validators unless the handler asserts \"stored verbatim\"",
     "Whether the stored representation is byte-identical to the request content is the "
     "application's knowledge."},
    {"delete-status", rule_group::request, rfc_level::should, rule_flag::none, severity::warning,
     ctx::method, repair_kind::none, coverage::checked, "A successful DELETE gets 200, 202 or 204",
     "Success SHOULD be 202 (accepted, not yet enacted), 204 (enacted, nothing to say) or 200 "
     "(enacted, status representation).",
     "2xx to DELETE", "RFC 9110 §9.3.5", "", ""},
    {"201-to-safe-method", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::method, repair_kind::none, coverage::checked,
     "A 201 response does not answer a safe method (GET, HEAD, OPTIONS, TRACE)",
     "Safe methods do not create resources; 201 is suspicious.", "201 to GET/HEAD/OPTIONS/TRACE",
     "RFC 9110 §9.2.1, §15.3.2", "", ""},
    {"trace-reflects-request", rule_group::request, rfc_level::should, rule_flag::none,
     severity::warning, ctx::method, repair_kind::none, coverage::checked,
     "A 200 to TRACE reflects the received request, minus sensitive fields",
     "The final recipient SHOULD reflect the received request as 200 content (e.g. "
     "`message/http`), excluding fields likely to contain sensitive data.",
     "200 to TRACE", "RFC 9110 §9.3.8", "", ""},
    {"425-needs-early-data", rule_group::request, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::request_fields | ctx::exchange, repair_kind::none, coverage::checked,
     "A 425 response answers a request sent in early data",
     "Do not emit 425 unless the request arrived in TLS early data or carried `Early-Data: 1`.",
     "425", "RFC 8470 §5.2", "", ""},
    {"208-needs-dav-signal", rule_group::request, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::request_fields, repair_kind::none, coverage::checked,
     "A 208 is used only when the client signalled support in the DAV field",
     "208 (used inside multistatus `propstat`) SHOULD NOT be used unless the client signalled "
     "support in the `DAV` request field; otherwise answer bind loops with 508.",
     "208", "RFC 5842 §7.1", "",
     "Checked against RFC 5842: §7.1 \"it SHOULD NOT be used unless the client has signaled "
     "support for this specification using the \"DAV\" request header\"; §8.2 names the "
     "compliance class \"bind\". RFC 5842 meant 208 for propstat elements in a 207 body; a "
     "top-level 208 is judged the same way."},
    {"226-needs-a-im", rule_group::request, rfc_level::must, rule_flag::verify, severity::error,
     ctx::request_fields, repair_kind::none, coverage::checked,
     "A 226 response answers a request with an A-IM field",
     "The request MUST have included `A-IM` listing at least one instance-manipulation.", "226",
     "RFC 3229 §10.4.1", "",
     "Still marked verify: RFC 3229 was read only through verbatim quotations, which agree: "
     "§10.4.1 \"The request MUST have included an A-IM header field listing at least one "
     "instance-manipulation.\""},
    {"406-needs-negotiation", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::negotiation, repair_kind::none, coverage::checked,
     "A 406 response answers a request with Accept* fields",
     "406 refers to the request's proactive-negotiation fields; without any `Accept*` field it is "
     "misleading.",
     "406", "RFC 9110 §15.5.7", "", ""},
    {"411-needs-missing-length", rule_group::request, rfc_level::may, rule_flag::none,
     severity::info, ctx::request_fields, repair_kind::none, coverage::checked,
     "A 411 response answers a request without Content-Length",
     "411 means the request lacked a defined `Content-Length`; if it had one, the code is wrong.",
     "411", "RFC 9110 §15.5.12", "",
     "A request Content-Length that is not one decimal length (`16.001`) defines none."},
    {"413-415-need-content", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::request_fields, repair_kind::none, coverage::checked,
     "A 413 or 415 response answers a request with content",
     "Both describe request content; a request without content makes them misleading.", "413, 415",
     "RFC 9110 §15.5.14, §15.5.16", "", ""},
    {"428-request-unconditional", rule_group::request, rfc_level::may, rule_flag::none,
     severity::info, ctx::conditional, repair_kind::none, coverage::checked,
     "A 428 response answers an unconditional request (else 412 is meant)",
     "428 means the origin requires a conditional request; if the request was already conditional, "
     "412 is usually meant.",
     "428", "RFC 6585 §3", "", ""},
    {"505-version-mismatch", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::version, repair_kind::none, coverage::checked,
     "A 505 response answers a request with an unsupported major version",
     "505 refuses the request's major version; sending it for a supported version is a misuse.",
     "505", "RFC 9110 §15.6.6", "", ""},
    {"connection-close-echo", rule_group::request, rfc_level::must, rule_flag::none,
     severity::warning, ctx::request_fields | ctx::exchange, repair_kind::safe, coverage::checked,
     "A final response to a Connection: close request also sends close",
     "SHOULD send `close` in the final response; MUST close the connection after it and process no "
     "further requests.",
     "final response after request `Connection: close`", "RFC 9112 §9.6", "add `Connection: close`",
     "Level MUST counts the row's strongest part, closing the connection, which a single response "
     "cannot show; validate() checks the SHOULD part, sending close, and reports it as a warning.",
     protocol_set::http1},
    {"http10-keep-alive", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::version | ctx::request_fields, repair_kind::none, coverage::checked,
     "A response to HTTP/1.0 keeps the connection only with the keep-alive option",
     "An HTTP/1.0 connection persists only if the response carries the `keep-alive` connection "
     "option; otherwise the server must close after the response.",
     "responses to HTTP/1.0", "RFC 9112 §9.3, App. C.2.2", "", "", protocol_set::http1},
    {"trailers-need-te", rule_group::request, rfc_level::may, rule_flag::none, severity::info,
     ctx::request_fields, repair_kind::none, coverage::checked,
     "Trailers are sent only if the request had TE: trailers (else they may be dropped)",
     "Without `TE: trailers` in the request, trailer fields may be discarded on the way.",
     "responses with trailers", "RFC 9110 §6.5.1, §10.1.4", "", ""},
    {"non-persistent-server-sends-close", rule_group::connection, rfc_level::must, rule_flag::none,
     severity::error, ctx::server_config, repair_kind::safe, coverage::checked,
     "A server without persistent connections sends close in every non-1xx response",
     "A server that does not support persistent connections MUST send `close` in every non-1xx "
     "response.",
     "non-1xx responses", "RFC 9112 §9.3", "add `Connection: close`", "", protocol_set::http1},
    {"close-means-close", rule_group::connection, rfc_level::must, rule_flag::none, severity::error,
     ctx::exchange, repair_kind::none, coverage::exchange,
     "After sending close the server closes the connection and reads no more requests",
     "After sending `close` the server MUST initiate closure and MUST NOT process further requests "
     "on that connection (half-close first to avoid TCP reset loss).",
     "response with `Connection: close`", "RFC 9112 §9.6", "",
     "Checked across a connection rather than by validate(): connection_checker "
     "(<respolicy/exchange.hpp>, tests/unit/exchange.cpp) in respolicy::beast::checked_stream "
     "(tests/beast/checked_stream.cpp: a real server that breaks it, and a near miss), and in "
     "respolicy-lint on a raw capture with --request (tests/cli: cli.close_means_close and its "
     "near miss) and through --proxy (tests/cli/live.cpp)."},
    {"read-body-or-close", rule_group::connection, rfc_level::must, rule_flag::none,
     severity::error, ctx::exchange, repair_kind::none, coverage::not_checkable,
     "The server reads the whole request body or closes the connection after responding",
     "The server MUST read the entire request body or close the connection after responding.",
     "any final response", "RFC 9112 §9.3", "",
     "Whether the server read the whole request body is not in the response: one with "
     "`Connection: close` satisfies the rule, one without may or may not. The Beast guard, which "
     "reads the body, is the place for it."},
    {"pipelined-order", rule_group::connection, rfc_level::must, rule_flag::none, severity::error,
     ctx::exchange, repair_kind::none, coverage::not_checkable,
     "Pipelined responses go out in the order the requests were received",
     "Responses MUST go out in the order the requests were received.", "pipelined requests",
     "RFC 9112 §9.3.2", "",
     "Needs the order of the requests and responses on the connection; a single response cannot "
     "show it. The Beast guard, which writes them, is the place for it."},
    {"connect-tunnel-after-2xx", rule_group::connection, rfc_level::must, rule_flag::derived,
     severity::error, ctx::method | ctx::exchange, repair_kind::none, coverage::not_checkable,
     "After a 2xx to CONNECT the connection is a tunnel with no more HTTP messages",
     "After the header section the connection is a tunnel; no further HTTP messages on it.",
     "2xx to CONNECT", "RFC 9110 §9.3.6", "",
     "What follows the header section on the connection is not in the response; the Beast "
     "guard, which owns the connection, is the place for it."},
    {"switch-after-101", rule_group::connection, rfc_level::must, rule_flag::derived,
     severity::error, ctx::exchange, repair_kind::none, coverage::not_checkable,
     "After a 101 the server answers the request in the new protocol",
     "Immediately after the 101 the server continues in the new protocol and still owes the answer "
     "to the original request.",
     "101", "RFC 9110 §7.8", "",
     "What follows the 101 on the connection is not in the response; the Beast guard, which "
     "owns the connection, is the place for it."},
    {"no-1xx-after-final", rule_group::connection, rfc_level::must_not, rule_flag::derived,
     severity::error, ctx::exchange, repair_kind::safe, coverage::exchange,
     "No 1xx response follows the final response",
     "No interim response after the final one (see `one-final-response`).", "exchange",
     "RFC 9110 §15", "drop",
     "Checked across a connection rather than by validate(): connection_checker "
     "(<respolicy/exchange.hpp>, tests/unit/exchange.cpp) in respolicy::beast::checked_stream "
     "(tests/beast/checked_stream.cpp: a real server that breaks it, and a near miss), and in "
     "respolicy-lint on a raw capture with --request (tests/cli: cli.no_1xx_after_final and its "
     "near miss) and through --proxy."},
    {"problem-media-type", rule_group::problem, rfc_level::must, rule_flag::derived,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "A problem document is labelled application/problem+json or application/problem+xml",
     "JSON form is labelled `application/problem+json`; XML form `application/problem+xml`.",
     "problem documents", "RFC 9457 §3, App. B", "",
     "A warning, not an error: a problem document is recognised by its shape only (a 4xx or 5xx "
     "labelled `application/json` whose content has a `status` equal to the response's code "
     "beside a string `type` or `title`, or XML content in the `urn:ietf:rfc:7807` namespace), "
     "and `application/json` is a less useful label, not a false one. Needs the content in the "
     "response view."},
    {"problem-status-matches", rule_group::problem, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::safe, coverage::checked,
     "The status member of a problem document equals the response status code",
     "If the `status` member is present, generators MUST use the same code in the actual HTTP "
     "response.",
     "problem documents", "RFC 9457 §3.1.2",
     "set `status` to the response's code (member is advisory)",
     "A `status` that is not an integer (`404.0`, `4.04e2`) never matches. Needs the content in "
     "the response view."},
    {"problem-member-types", rule_group::problem, rfc_level::must, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Problem members have their defined JSON types (strings, status a number)",
     "`type`, `title`, `detail`, `instance` are JSON strings; `status` is a JSON number. Consumers "
     "MUST ignore members of the wrong type, so emitting them loses information.",
     "problem documents", "RFC 9457 §3.1", "",
     "Content that is not one well-formed JSON object is reported here, since none of its "
     "members can be known; the reader is strict (RFC 8259: UTF-8, no byte order mark, no "
     "unpaired surrogate escape) and bounded (nesting 32 deep; documents over 64 KiB are not "
     "inspected). A defined member that occurs twice is reported too. Needs the content in the "
     "response view."},
    {"problem-type-uri", rule_group::problem, rfc_level::should, rule_flag::none, severity::warning,
     ctx::none, repair_kind::none, coverage::checked,
     "The type and instance members are URI references, preferably absolute",
     "`type` is a URI reference (absent ⇒ `about:blank`); absolute URIs are RECOMMENDED; relative "
     "ones should carry the full path. Same for `instance`.",
     "`type` and `instance` members", "RFC 9457 §3.1.1, §3.1.5", "",
     "A light URI-reference check: characters, percent-encoding, scheme. A relative reference "
     "with the full path (`/types/123`) passes, as the RFC allows; one without (`example-problem`) "
     "is reported. Needs the content in the response view."},
    {"problem-about-blank-title", rule_group::problem, rfc_level::should, rule_flag::none,
     severity::warning, ctx::negotiation, repair_kind::safe, coverage::checked,
     "An about:blank problem has the status code's reason phrase as its title",
     "`title` SHOULD equal the status code's recommended phrase (MAY be localized per "
     "Accept-Language).",
     "`type` absent or `about:blank`", "RFC 9457 §4.2.1", "set title from the registry",
     "Compared with the registered phrase or a historical one, ignoring ASCII case; an absent "
     "title is not reported. Skipped when `Content-Language` names a language other than "
     "English, or is absent while the request carried `Accept-Language`: the title may be "
     "localized. Needs the content in the response view."},
    {"problem-title-stable", rule_group::problem, rfc_level::should_not, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::not_checkable,
     "A problem title stays the same for every occurrence of its type",
     "`title` SHOULD NOT change between occurrences of the same type, except for localization.",
     "`title`", "RFC 9457 §3.1.3", "", "Needs other occurrences of the same problem type."},
    {"problem-extension-names", rule_group::problem, rfc_level::should, rule_flag::none,
     severity::warning, ctx::none, repair_kind::none, coverage::checked,
     "Problem extension names start with a letter, use ALPHA, DIGIT or _, 3+ chars",
     "Extension member names SHOULD start with a letter, use only ALPHA/DIGIT/`_`, and be ≥ 3 "
     "characters.",
     "extension members", "RFC 9457 §4", "",
     "Checked on the decoded names of the top-level members other than the five RFC 9457 §3.1 "
     "defines. Needs the content in the response view."},
    {"problem-no-internals", rule_group::problem, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "Problem detail helps the client, without stack dumps or internals",
     "`detail` ought to help the client fix the problem, not debug the server; avoid stack dumps "
     "and implementation details.",
     "problem documents", "RFC 9457 §3.1.4, §5", "",
     "A heuristic: only unmistakable stack-trace markers in `detail` or `title` are reported (a "
     "Java `\\n\\tat `, a Python `Traceback (most recent call last)`, a Go or Rust panic header); "
     "whether other text exposes internals is a judgement. Needs the content in the response "
     "view."},
    {"problem-error-status", rule_group::problem, rfc_level::may, rule_flag::none, severity::info,
     ctx::none, repair_kind::none, coverage::checked,
     "Problem documents are sent only with error status codes",
     "Problem details describe error conditions; on a non-error status they are suspicious.",
     "problem documents on 1xx–3xx", "RFC 9457 §1, §4", "",
     "Decided by the `Content-Type` alone: `application/problem+json` or `+xml` on a 1xx, 2xx "
     "or 3xx response."},
    {"problem-head", rule_group::problem, rfc_level::must_not, rule_flag::none, severity::error,
     ctx::method, repair_kind::safe, coverage::checked,
     "A response to HEAD carries no problem document",
     "Same as `head-no-content`: no problem document in a response to HEAD.", "HEAD",
     "RFC 9110 §9.3.2", "drop body",
     "Reported beside `head-no-content` when the content is labelled as a problem document."},
    {"no-connection-specific-fields", rule_group::protocol, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "An HTTP/2 or HTTP/3 response carries no connection-specific fields",
     "No `Connection`, `Keep-Alive`, `Proxy-Connection`, `Transfer-Encoding` or `Upgrade` field: "
     "HTTP/2 and HTTP/3 carry connection metadata by other means, and a recipient treats a message "
     "with such a field as malformed.",
     "h2, h3", "RFC 9113 §8.2.2; RFC 9114 §4.2", "",
     "Checked against RFC 9113 §8.2.2: \"An endpoint MUST NOT generate an HTTP/2 message "
     "containing connection-specific header fields. This includes the Connection header field "
     "and those listed as having connection-specific semantics in Section 7.6.1 of [HTTP] (that "
     "is, Proxy-Connection, Keep-Alive, Transfer-Encoding, and Upgrade).\" RFC 9114 §4.2: \"An "
     "endpoint MUST NOT generate an HTTP/3 field section containing connection-specific "
     "fields\". TE, the one exception, is a request field.",
     protocol_set::http2_http3},
    {"field-name-lowercase", rule_group::protocol, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "HTTP/2 and HTTP/3 field names are lowercase",
     "Field names are converted to lowercase before they are encoded; a message with an uppercase "
     "character in a field name is malformed.",
     "h2, h3", "RFC 9113 §8.2; RFC 9114 §4.2", "",
     "Checked against RFC 9113 §8.2: \"Field names MUST be converted to lowercase when "
     "constructing an HTTP/2 message.\" RFC 9114 §4.2: \"Characters in field names MUST be "
     "converted to lowercase prior to their encoding. A request or response containing uppercase "
     "characters in field names MUST be treated as malformed.\" A capture whose tool title-cases "
     "the names it shows (rather than the names sent) reports here; such a tool is rare, and the "
     "rule can be switched off for it.",
     protocol_set::http2_http3},
    {"101-not-in-h2-h3", rule_group::protocol, rfc_level::must_not, rule_flag::derived,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "No 101 (Switching Protocols) in HTTP/2 or HTTP/3",
     "Neither protocol has the Upgrade mechanism or the 101 status code; extended CONNECT (RFC "
     "8441, RFC 9220) takes its place.",
     "101, h2, h3", "RFC 9113 §8.6; RFC 9114 §4.5", "",
     "Derived: no keyword sentence. RFC 9113 §8.6: \"HTTP/2 does not support the 101 (Switching "
     "Protocols) informational status code\"; RFC 9114 §4.5: \"HTTP/3 does not support the HTTP "
     "Upgrade mechanism (Section 7.8 of [HTTP]) or the 101 (Switching Protocols) informational "
     "status code\".",
     protocol_set::http2_http3},
    {"pseudo-header-status-only", rule_group::protocol, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "A response's only pseudo-header field is one :status",
     "A response carries one `:status` pseudo-header field and no other: request pseudo-header "
     "fields (`:method`, `:path`, ...) and undefined ones are not allowed in it, nor is `:status` "
     "twice; its value is the status code.",
     "h2, h3 (pseudo-header fields, when the capture lists them)",
     "RFC 9113 §8.3, §8.3.2; RFC 9114 §4.3, §4.3.2", "",
     "Checked against RFC 9113 §8.3: \"Endpoints MUST NOT generate pseudo-header fields other "
     "than those defined in this document.\", \"Pseudo-header fields defined for requests MUST "
     "NOT appear in responses\" and \"The same pseudo-header field name MUST NOT appear more than "
     "once in a field block.\"; §8.3.2: \"For HTTP/2 responses, a single \":status\" "
     "pseudo-header field is defined that carries the HTTP status code field\". RFC 9114 §4.3 "
     "and §4.3.2 say the same of HTTP/3. A missing `:status` is not reported: captures (HAR files) "
     "often leave pseudo-header fields out.",
     protocol_set::http2_http3},
    {"pseudo-header-before-fields", rule_group::protocol, rfc_level::must, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "Pseudo-header fields come before the regular fields",
     "Every pseudo-header field precedes every regular field line of the header section.",
     "h2, h3 (pseudo-header fields, when the capture lists them)", "RFC 9113 §8.3; RFC 9114 §4.3",
     "",
     "Checked against RFC 9113 §8.3: \"All pseudo-header fields MUST appear in a field block "
     "before all regular field lines.\" RFC 9114 §4.3: \"All pseudo-header fields MUST appear in "
     "the header section before regular header fields.\"",
     protocol_set::http2_http3},
    {"pseudo-header-not-in-trailers", rule_group::protocol, rfc_level::must_not, rule_flag::none,
     severity::error, ctx::none, repair_kind::none, coverage::checked,
     "No pseudo-header field in the trailer section",
     "Pseudo-header fields belong to the header section only.", "h2, h3 trailers",
     "RFC 9113 §8.3; RFC 9114 §4.3", "",
     "Checked against RFC 9113 §8.3: \"Pseudo-header fields MUST NOT appear in a trailer "
     "section.\" RFC 9114 §4.3: \"Pseudo-header fields MUST NOT appear in trailer sections.\"",
     protocol_set::http2_http3},
};

}  // namespace respolicy::detail

#endif
