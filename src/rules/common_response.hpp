//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_RULES_COMMON_RESPONSE_HPP
#define RESPOLICY_SRC_RULES_COMMON_RESPONSE_HPP

// What check_common_response() (common_response.cpp) does about each checked rule. It may call a
// response common only when no rule can apply, so every rule validate() checks is listed here once:
// decided by the pass, or not applicable to a response the pass accepts, and why. A rule added to
// the table with coverage::checked does not compile until it is listed (the static_asserts at the
// end name it); tests/unit/common_response.cpp holds each "not applicable" to the rule's breaking
// cases (tests/rules), which the pass must all refuse for the reason given.

#include <respolicy/rule.hpp>

#include <cstddef>
#include <cstdint>

namespace respolicy::detail {

/** How the common pass answers for a checked rule. */
enum class common_pass : std::uint8_t {
  /** The pass checks the rule, or a test of the pass shows that it does not apply. */
  decided,
  // Not applicable: the rule concerns only responses the pass refuses before reading a field.
  /** A status line other than 200 "OK" (the rules of other statuses, codes and phrases). */
  other_status,
  /** An HTTP version other than 1.1: HTTP/1.0, HTTP/2, HTTP/3. */
  other_version,
  /** A request the pass refuses: HEAD, CONNECT, OPTIONS, TRACE or another method; a version
      other than 1.0 and 1.1; Connection or Authorization fields; an equivalent 200. */
  other_request,
  /** A policy the pass refuses: a gateway or proxy, no clock, no persistent connections. */
  other_policy,
  /** Trailer fields, which a common response has none of. */
  trailers,
  /** A known field other than the ten the pass reads (Date, Last-Modified, Content-Length,
      Content-Type, Server, ETag, Cache-Control, Vary, Accept-Ranges, Content-Encoding). */
  other_field,
};

struct common_pass_entry {
  rule_index rule;
  common_pass how;
};

namespace common_pass_table {
using enum common_pass;

// In catalog order. The rule ids are checked at compile time (rule_index).
inline constexpr common_pass_entry entries[] = {
    // 2.1 Framing.
    {"no-content-1xx", other_status},
    {"no-content-204", other_status},
    {"no-content-304", other_status},
    {"no-content-205", other_status},
    {"205-zero-length-framing", other_status},
    {"head-no-content", other_request},
    {"connect-2xx-no-content", other_request},
    {"no-content-length-1xx-204", other_status},
    {"no-content-length-connect-2xx", other_request},
    {"no-transfer-encoding-1xx-204", other_status},
    {"no-transfer-encoding-connect-2xx", other_request},
    {"no-content-length-with-transfer-encoding", other_field},  // Transfer-Encoding
    {"transfer-encoding-needs-http11-request", other_field},
    {"transfer-encoding-chunked-last", other_field},
    {"transfer-encoding-chunked-once", other_field},
    {"transfer-coding-no-params", other_field},
    {"transfer-coding-registered", other_field},
    {"content-length-accurate", decided},
    {"content-length-syntax", decided},
    {"content-length-head-matches-get", other_request},  // HEAD, with an equivalent 200
    {"content-length-304-matches-200", other_status},
    {"content-length-when-known", decided},
    {"prefer-explicit-framing", decided},
    {"close-delimited-needs-connection-close", decided},
    {"trailer-field-permitted", trailers},
    {"trailer-requires-chunked", trailers},
    {"trailer-announced", trailers},
    {"multipart-crlf", decided},            // Content-Type: no multipart type
    {"multipart-boundary-param", decided},  // the same
    {"200-empty-needs-explicit-length", decided},
    // 2.2 The status line.
    {"status-code-three-digits", other_status},
    {"status-code-range", other_status},
    {"reason-phrase-charset", other_status},
    {"reason-phrase-registered", other_status},
    {"reason-phrase-ascii", other_status},
    {"http-version-syntax", other_version},
    {"response-version", other_version},  // HTTP/1.1 answers HTTP/1.0 and HTTP/1.1 requests
    {"status-code-registered", other_status},
    {"status-code-deprecated-or-reserved", other_status},
    // 2.3 Field syntax.
    {"field-name-token", decided},
    {"field-value-no-cr-lf-nul", decided},
    {"field-value-no-ctl", decided},
    {"field-value-trimmed", decided},
    {"field-value-ascii", decided},
    {"no-obs-fold", decided},
    {"no-duplicate-singleton-field", decided},
    {"no-empty-list-elements", decided},
    {"no-bws", other_field},  // auth-params, transfer-parameters and link-params only
    {"ows-single-sp", decided},
    {"parameter-no-ws-around-equals", decided},
    {"quoted-pair-minimal", decided},
    {"http-date-imf-fixdate", decided},
    {"http-date-calendar", decided},
    {"uri-no-userinfo", other_field},  // Location, Content-Location, Link
    {"uri-no-empty-host", other_field},
    {"uri-length", other_field},
    {"deprecated-fields", other_field},
    {"reserved-field-names", other_field},
    {"early-data-not-in-response", other_field},
    {"connection-lists-hop-by-hop", other_field},      // Keep-Alive, Proxy-Connection
    {"connection-no-end-to-end-option", other_field},  // Connection
    // 2.4 Per status.
    {"101-upgrade-required", other_status},
    {"upgrade-needs-connection-option", other_field},  // Upgrade
    {"200-validators", decided},                       // checked by check_200_validators()
    {"201-location", other_status},
    {"201-location-no-fragment", other_status},
    {"202-status-monitor", other_status},
    {"203-only-from-transforming-proxy", other_status},
    {"206-content-range-single", other_status},
    {"206-range-length-consistent", other_status},
    {"206-multipart-byteranges", other_status},
    {"206-part-headers", other_status},
    {"206-required-fields", other_status},
    {"206-representation-fields", other_status},
    {"207-multistatus-body", other_status},
    {"226-etag-required", other_status},
    {"3xx-location", other_status},
    {"303-location", other_status},
    {"300-choices-content", other_status},
    {"3xx-hypertext-note", other_status},
    {"304-required-fields", other_status},
    {"304-no-extra-metadata", other_status},
    {"4xx-5xx-explanation", other_status},
    {"401-www-authenticate", other_status},
    {"405-allow-required", other_status},
    {"406-alternatives", other_status},
    {"407-proxy-authenticate", other_status},
    {"409-conflict-info", other_status},
    {"413-retry-after", other_status},
    {"415-accept-hints", other_status},
    {"416-content-range", other_status},
    {"421-not-from-proxy", other_status},
    {"423-condition-code", other_status},
    {"426-upgrade-required", other_status},
    {"428-explain", other_status},
    {"429-details", other_status},
    {"451-explanation", other_status},
    {"451-blocked-by-link", other_status},
    {"503-retry-after", other_status},
    {"505-explanation", other_status},
    {"510-extension-info", other_status},
    {"511-login-link", other_status},
    {"511-not-from-origin", other_status},
    {"options-advertise-features", other_request},  // OPTIONS
    // 2.5 Field-specific.
    {"allow-syntax", other_field},
    {"retry-after-syntax", other_field},
    {"retry-after-scope", other_field},
    {"content-range-syntax", other_field},
    {"content-range-valid", other_field},
    {"content-range-complete-length", other_field},
    {"content-range-status-scope", other_field},
    {"accept-ranges-syntax", decided},
    {"location-syntax", other_field},
    {"location-scope", other_field},
    {"content-location-syntax", other_field},
    {"www-authenticate-syntax", other_field},
    {"auth-param-unique", other_field},  // WWW-Authenticate, Proxy-Authenticate
    {"auth-realm-quoted", other_field},
    {"auth-challenge-per-line", other_field},
    {"basic-realm-required", other_field},
    {"authentication-info-syntax", other_field},
    {"etag-syntax", decided},
    {"etag-no-backslash", decided},
    {"last-modified-syntax", decided},
    {"date-syntax", decided},
    {"expires-syntax", other_field},
    {"age-syntax", other_field},
    {"cache-control-syntax", decided},
    {"cc-delta-seconds-token-form", decided},
    {"cc-required-argument", decided},
    {"cc-field-list-quoted", decided},
    {"cc-no-argument", decided},
    {"cc-must-understand-with-no-store", decided},
    {"cc-request-only-directive", decided},
    {"cc-no-duplicates-or-conflicts", decided},
    {"vary-syntax", decided},
    {"vary-star-not-from-proxy", decided},
    {"content-type-syntax", decided},
    {"content-type-present", decided},
    {"content-encoding-syntax", decided},
    {"content-encoding-no-identity", decided},
    {"content-language-syntax", other_field},
    {"upgrade-syntax", other_field},
    {"connection-syntax", other_field},
    {"transfer-encoding-syntax", other_field},
    {"trailer-syntax", other_field},
    {"server-syntax", decided},
    {"server-minimal", decided},
    {"via-syntax", other_field},
    {"link-syntax", other_field},
    {"link-rel-required", other_field},
    {"content-disposition-valid", other_field},
    {"content-disposition-filename-fallback", other_field},
    // 2.6 Caching.
    {"date-required", decided},
    {"date-no-clock", other_policy},
    {"last-modified-not-after-date", decided},
    {"expires-with-max-age", other_field},  // Expires
    {"expires-far-future", other_field},
    {"heuristic-cacheability", decided},
    {"never-stored-status", other_status},
    {"425-not-cacheable-by-default", other_status},
    {"age-not-from-origin", other_field},  // Age
    {"pragma-no-meaning-in-response", other_field},
    {"304-cache-metadata", other_status},
    {"shared-cache-authorization", other_request},  // Authorization
    // 2.7 The request. A 200 to GET, POST, PUT, DELETE or PATCH without an equivalent 200 breaks
    // none but those that read the request's Connection.
    {"1xx-not-to-http10", other_status},
    {"100-needs-expect", other_status},
    {"100-continue-http10-ignored", other_status},  // a 100
    {"417-needs-expect", other_status},
    {"101-needs-upgrade-request", other_status},
    {"101-not-to-http10", other_status},
    {"head-same-fields-as-get", other_request},
    {"206-needs-range-request", other_status},
    {"206-if-range-match", other_status},
    {"206-content-matches-200", other_status},
    {"206-no-multipart-for-single-range", other_status},
    {"206-parts-order", other_status},
    {"range-loses-to-304", other_status},
    {"416-needs-range-request", other_status},
    {"416-complete-length-current", other_status},
    {"304-needs-conditional-get-head", other_status},
    {"if-none-match-unsafe-412", other_status},        // a 304
    {"if-none-match-304", other_request},              // an equivalent 200 to compare with
    {"if-modified-since-304", other_request},          // the same
    {"if-match-failed-not-performed", other_request},  // the same
    {"412-needs-precondition", other_status},
    {"preconditions-ignored-for-method", other_status},
    {"post-no-206-304-416", other_status},
    {"405-allow-excludes-method", other_status},
    {"405-501-for-get-head", other_status},
    {"delete-status", other_status},  // 2xx other than 200, 202, 204
    {"201-to-safe-method", other_status},
    {"trace-reflects-request", other_request},
    {"425-needs-early-data", other_status},
    {"208-needs-dav-signal", other_status},
    {"226-needs-a-im", other_status},
    {"406-needs-negotiation", other_status},
    {"411-needs-missing-length", other_status},
    {"413-415-need-content", other_status},
    {"428-request-unconditional", other_status},
    {"505-version-mismatch", other_status},
    {"connection-close-echo", other_request},  // the request's Connection
    {"http10-keep-alive", other_request},      // the same
    {"trailers-need-te", trailers},
    // 2.8 Connection.
    {"non-persistent-server-sends-close", other_policy},
    // 2.9 Problem details: the pass refuses application/problem+json and +xml.
    {"problem-media-type", other_status},  // 4xx and 5xx only
    {"problem-status-matches", decided},
    {"problem-member-types", decided},
    {"problem-type-uri", decided},
    {"problem-about-blank-title", decided},
    {"problem-extension-names", decided},
    {"problem-no-internals", decided},
    {"problem-error-status", decided},
    {"problem-head", other_request},  // HEAD
    // 2.10 HTTP/2 and HTTP/3.
    {"no-connection-specific-fields", other_version},
    {"field-name-lowercase", other_version},
    {"101-not-in-h2-h3", other_version},
    {"pseudo-header-status-only", other_version},
    {"pseudo-header-before-fields", other_version},
    {"pseudo-header-not-in-trailers", other_version},
};

}  // namespace common_pass_table

/** Every checked rule, once, with what the common pass does about it. */
inline constexpr auto const& common_pass_rules = common_pass_table::entries;

/** What the common pass does about the checked rule `r`. */
constexpr common_pass common_pass_of(rule_index r) noexcept {
  for (auto const& e : common_pass_rules)
    if (e.rule.value == r.value) return e.how;
  return common_pass::decided;  // never reached for a checked rule (see below)
}

namespace common_pass_check {

// A rule id as a template argument, so that a failing static_assert names the rule.
struct rule_id_text {
  char text[64]{};
};

consteval rule_id_text text_of(std::string_view id) {
  rule_id_text t;
  for (std::size_t i = 0; i < id.size() && i + 1 < sizeof t.text; ++i) t.text[i] = id[i];
  return t;
}

consteval int times_listed(std::size_t rule) {
  int n = 0;
  for (auto const& e : common_pass_rules) n += e.rule.value == rule;
  return n;
}

// The first checked rule not listed exactly once, or the first listed rule that is not checked;
// empty when there is none.
consteval rule_id_text first_unclassified() {
  for (std::size_t i = 0; i < rule_count; ++i)
    if (times_listed(i) != (rules()[i].checked() ? 1 : 0)) return text_of(rules()[i].id);
  return {};
}

template <rule_id_text Rule>
constexpr bool classified() {
  static_assert(Rule.text[0] == 0,
                "list each checked rule once, and no other rule, in common_pass_rules "
                "(src/rules/common_response.hpp): the rule is the template argument above");
  return true;
}

static_assert(classified<first_unclassified()>());

}  // namespace common_pass_check

}  // namespace respolicy::detail

#endif
