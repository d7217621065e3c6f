//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/rule.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;

static_assert(rule_count == 261);
static_assert(rule_index{"no-content-204"}.info().id == "no-content-204");
static_assert(rule_index{"no-content-204"}.info().default_severity == severity::error);
static_assert(rule_index{"405-allow-required"}.info().level == rfc_level::must);
static_assert(rules()[rule_index{"405-allow-required"}.value].id == "405-allow-required");
static_assert(find_rule("no-content-204") == &rule_index{"no-content-204"}.info());
static_assert(find_rule("no-such-rule") == nullptr);
static_assert(rule_position("no-content-1xx") == 0 && rule_position("no-such-rule") == -1);

namespace {

struct catalog_entry {
  std::string_view id;
  rule_group group;
  char strength;  // the strongest level in the row: M (MUST, MUST NOT), S (SHOULD...), A
                  // (MAY-advice)
};

// Every rule id of the catalog respolicy was built from, in catalog order, with its section and its
// strongest level, written out once from the catalog and kept by hand: a second record of the ids,
// so that a rule renamed or dropped from the table fails here.
constexpr catalog_entry catalog[] = {
    {"no-content-1xx", rule_group::framing, 'M'},
    {"no-content-204", rule_group::framing, 'M'},
    {"no-content-304", rule_group::framing, 'M'},
    {"no-content-205", rule_group::framing, 'M'},
    {"205-zero-length-framing", rule_group::framing, 'S'},
    {"head-no-content", rule_group::framing, 'M'},
    {"connect-2xx-no-content", rule_group::framing, 'M'},
    {"no-content-length-1xx-204", rule_group::framing, 'M'},
    {"no-content-length-connect-2xx", rule_group::framing, 'M'},
    {"no-transfer-encoding-1xx-204", rule_group::framing, 'M'},
    {"no-transfer-encoding-connect-2xx", rule_group::framing, 'M'},
    {"transfer-encoding-head-304-allowed", rule_group::framing, 'A'},
    {"no-content-length-with-transfer-encoding", rule_group::framing, 'M'},
    {"transfer-encoding-needs-http11-request", rule_group::framing, 'M'},
    {"transfer-encoding-chunked-last", rule_group::framing, 'M'},
    {"transfer-encoding-chunked-once", rule_group::framing, 'M'},
    {"transfer-coding-no-params", rule_group::framing, 'S'},
    {"transfer-coding-registered", rule_group::framing, 'A'},
    {"content-length-accurate", rule_group::framing, 'M'},
    {"content-length-syntax", rule_group::framing, 'M'},
    {"content-length-head-matches-get", rule_group::framing, 'M'},
    {"content-length-304-matches-200", rule_group::framing, 'M'},
    {"content-length-when-known", rule_group::framing, 'S'},
    {"prefer-explicit-framing", rule_group::framing, 'S'},
    {"close-delimited-needs-connection-close", rule_group::framing, 'S'},
    {"chunked-body-syntax", rule_group::framing, 'M'},
    {"trailer-field-permitted", rule_group::framing, 'M'},
    {"trailer-requires-chunked", rule_group::framing, 'M'},
    {"trailer-announced", rule_group::framing, 'S'},
    {"trailer-not-essential", rule_group::framing, 'S'},
    {"multipart-crlf", rule_group::framing, 'M'},
    {"multipart-boundary-param", rule_group::framing, 'M'},
    {"200-empty-needs-explicit-length", rule_group::framing, 'A'},
    {"status-code-three-digits", rule_group::status_line, 'M'},
    {"status-code-range", rule_group::status_line, 'M'},
    {"status-line-syntax", rule_group::status_line, 'M'},
    {"status-line-sp-before-empty-reason", rule_group::status_line, 'M'},
    {"reason-phrase-charset", rule_group::status_line, 'M'},
    {"reason-phrase-registered", rule_group::status_line, 'A'},
    {"reason-phrase-ascii", rule_group::status_line, 'A'},
    {"http-version-syntax", rule_group::status_line, 'M'},
    {"response-version", rule_group::status_line, 'M'},
    {"no-whitespace-before-first-field", rule_group::status_line, 'M'},
    {"status-code-registered", rule_group::status_line, 'A'},
    {"status-code-deprecated-or-reserved", rule_group::status_line, 'S'},
    {"one-final-response", rule_group::status_line, 'M'},
    {"field-name-token", rule_group::field_syntax, 'M'},
    {"field-value-no-cr-lf-nul", rule_group::field_syntax, 'M'},
    {"field-value-no-ctl", rule_group::field_syntax, 'M'},
    {"field-value-trimmed", rule_group::field_syntax, 'M'},
    {"field-value-ascii", rule_group::field_syntax, 'A'},
    {"no-obs-fold", rule_group::field_syntax, 'M'},
    {"no-duplicate-singleton-field", rule_group::field_syntax, 'M'},
    {"no-empty-list-elements", rule_group::field_syntax, 'M'},
    {"no-bws", rule_group::field_syntax, 'M'},
    {"ows-single-sp", rule_group::field_syntax, 'S'},
    {"parameter-no-ws-around-equals", rule_group::field_syntax, 'M'},
    {"quoted-pair-minimal", rule_group::field_syntax, 'S'},
    {"http-date-imf-fixdate", rule_group::field_syntax, 'M'},
    {"http-date-calendar", rule_group::field_syntax, 'M'},
    {"uri-no-userinfo", rule_group::field_syntax, 'M'},
    {"uri-no-empty-host", rule_group::field_syntax, 'M'},
    {"uri-length", rule_group::field_syntax, 'A'},
    {"deprecated-fields", rule_group::field_syntax, 'S'},
    {"reserved-field-names", rule_group::field_syntax, 'M'},
    {"early-data-not-in-response", rule_group::field_syntax, 'M'},
    {"connection-lists-hop-by-hop", rule_group::field_syntax, 'M'},
    {"connection-no-end-to-end-option", rule_group::field_syntax, 'M'},
    {"101-upgrade-required", rule_group::per_status, 'M'},
    {"upgrade-needs-connection-option", rule_group::per_status, 'M'},
    {"upgrade-advertise-order", rule_group::per_status, 'A'},
    {"102-only-when-slow", rule_group::per_status, 'S'},
    {"103-hints-only", rule_group::per_status, 'A'},
    {"104-location", rule_group::per_status, 'M'},
    {"200-validators", rule_group::per_status, 'S'},
    {"201-location", rule_group::per_status, 'S'},
    {"201-location-no-fragment", rule_group::per_status, 'A'},
    {"202-status-monitor", rule_group::per_status, 'A'},
    {"203-only-from-transforming-proxy", rule_group::per_status, 'S'},
    {"206-content-range-single", rule_group::per_status, 'M'},
    {"206-range-length-consistent", rule_group::per_status, 'M'},
    {"206-multipart-byteranges", rule_group::per_status, 'M'},
    {"206-part-headers", rule_group::per_status, 'M'},
    {"206-required-fields", rule_group::per_status, 'M'},
    {"206-representation-fields", rule_group::per_status, 'M'},
    {"207-multistatus-body", rule_group::per_status, 'M'},
    {"226-etag-required", rule_group::per_status, 'M'},
    {"3xx-location", rule_group::per_status, 'S'},
    {"303-location", rule_group::per_status, 'M'},
    {"300-location-if-preferred", rule_group::per_status, 'S'},
    {"300-choices-content", rule_group::per_status, 'S'},
    {"3xx-hypertext-note", rule_group::per_status, 'A'},
    {"304-required-fields", rule_group::per_status, 'M'},
    {"304-no-extra-metadata", rule_group::per_status, 'S'},
    {"4xx-5xx-explanation", rule_group::per_status, 'S'},
    {"401-www-authenticate", rule_group::per_status, 'M'},
    {"405-allow-required", rule_group::per_status, 'M'},
    {"406-alternatives", rule_group::per_status, 'S'},
    {"407-proxy-authenticate", rule_group::per_status, 'M'},
    {"409-conflict-info", rule_group::per_status, 'S'},
    {"413-retry-after", rule_group::per_status, 'S'},
    {"415-accept-hints", rule_group::per_status, 'A'},
    {"416-content-range", rule_group::per_status, 'S'},
    {"421-not-from-proxy", rule_group::per_status, 'M'},
    {"423-condition-code", rule_group::per_status, 'S'},
    {"426-upgrade-required", rule_group::per_status, 'M'},
    {"428-explain", rule_group::per_status, 'S'},
    {"429-details", rule_group::per_status, 'S'},
    {"431-which-field", rule_group::per_status, 'S'},
    {"451-explanation", rule_group::per_status, 'S'},
    {"451-blocked-by-link", rule_group::per_status, 'M'},
    {"503-retry-after", rule_group::per_status, 'A'},
    {"505-explanation", rule_group::per_status, 'S'},
    {"510-extension-info", rule_group::per_status, 'A'},
    {"511-login-link", rule_group::per_status, 'S'},
    {"511-not-from-origin", rule_group::per_status, 'S'},
    {"options-advertise-features", rule_group::per_status, 'S'},
    {"allow-syntax", rule_group::field_specific, 'M'},
    {"allow-proxy-unmodified", rule_group::field_specific, 'M'},
    {"retry-after-syntax", rule_group::field_specific, 'M'},
    {"retry-after-scope", rule_group::field_specific, 'A'},
    {"content-range-syntax", rule_group::field_specific, 'M'},
    {"content-range-valid", rule_group::field_specific, 'M'},
    {"content-range-complete-length", rule_group::field_specific, 'S'},
    {"content-range-status-scope", rule_group::field_specific, 'A'},
    {"accept-ranges-syntax", rule_group::field_specific, 'M'},
    {"location-syntax", rule_group::field_specific, 'M'},
    {"location-scope", rule_group::field_specific, 'A'},
    {"content-location-syntax", rule_group::field_specific, 'M'},
    {"www-authenticate-syntax", rule_group::field_specific, 'M'},
    {"auth-param-unique", rule_group::field_specific, 'M'},
    {"auth-realm-quoted", rule_group::field_specific, 'M'},
    {"auth-challenge-per-line", rule_group::field_specific, 'A'},
    {"www-authenticate-proxy-unmodified", rule_group::field_specific, 'M'},
    {"basic-realm-required", rule_group::field_specific, 'M'},
    {"authentication-info-syntax", rule_group::field_specific, 'M'},
    {"etag-syntax", rule_group::field_specific, 'M'},
    {"etag-weak-when-not-strong", rule_group::field_specific, 'M'},
    {"etag-no-backslash", rule_group::field_specific, 'A'},
    {"last-modified-syntax", rule_group::field_specific, 'M'},
    {"date-syntax", rule_group::field_specific, 'M'},
    {"expires-syntax", rule_group::field_specific, 'M'},
    {"age-syntax", rule_group::field_specific, 'M'},
    {"cache-control-syntax", rule_group::field_specific, 'M'},
    {"cc-delta-seconds-token-form", rule_group::field_specific, 'M'},
    {"cc-required-argument", rule_group::field_specific, 'M'},
    {"cc-field-list-quoted", rule_group::field_specific, 'S'},
    {"cc-no-argument", rule_group::field_specific, 'M'},
    {"cc-must-understand-with-no-store", rule_group::field_specific, 'S'},
    {"cc-request-only-directive", rule_group::field_specific, 'A'},
    {"cc-no-duplicates-or-conflicts", rule_group::field_specific, 'A'},
    {"vary-syntax", rule_group::field_specific, 'M'},
    {"vary-star-not-from-proxy", rule_group::field_specific, 'M'},
    {"content-type-syntax", rule_group::field_specific, 'M'},
    {"content-type-present", rule_group::field_specific, 'S'},
    {"content-encoding-syntax", rule_group::field_specific, 'M'},
    {"content-encoding-order", rule_group::field_specific, 'M'},
    {"content-encoding-no-identity", rule_group::field_specific, 'S'},
    {"content-language-syntax", rule_group::field_specific, 'M'},
    {"upgrade-syntax", rule_group::field_specific, 'M'},
    {"connection-syntax", rule_group::field_specific, 'M'},
    {"transfer-encoding-syntax", rule_group::field_specific, 'M'},
    {"trailer-syntax", rule_group::field_specific, 'M'},
    {"server-syntax", rule_group::field_specific, 'M'},
    {"server-minimal", rule_group::field_specific, 'S'},
    {"server-product-no-advertising", rule_group::field_specific, 'M'},
    {"via-syntax", rule_group::field_specific, 'M'},
    {"link-syntax", rule_group::field_specific, 'M'},
    {"link-rel-required", rule_group::field_specific, 'M'},
    {"content-disposition-valid", rule_group::field_specific, 'M'},
    {"content-disposition-filename-fallback", rule_group::field_specific, 'A'},
    {"date-required", rule_group::caching, 'M'},
    {"date-no-clock", rule_group::caching, 'M'},
    {"date-accurate", rule_group::caching, 'S'},
    {"last-modified-not-after-date", rule_group::caching, 'M'},
    {"last-modified-no-clock", rule_group::caching, 'M'},
    {"last-modified-recommended", rule_group::caching, 'S'},
    {"etag-recommended", rule_group::caching, 'S'},
    {"expires-no-clock", rule_group::caching, 'M'},
    {"expires-with-max-age", rule_group::caching, 'A'},
    {"expires-far-future", rule_group::caching, 'A'},
    {"heuristic-cacheability", rule_group::caching, 'A'},
    {"never-stored-status", rule_group::caching, 'S'},
    {"425-not-cacheable-by-default", rule_group::caching, 'A'},
    {"age-not-from-origin", rule_group::caching, 'S'},
    {"pragma-no-meaning-in-response", rule_group::caching, 'A'},
    {"vary-when-negotiated", rule_group::caching, 'S'},
    {"304-cache-metadata", rule_group::caching, 'M'},
    {"shared-cache-authorization", rule_group::caching, 'A'},
    {"no-transform-respected", rule_group::caching, 'M'},
    {"1xx-not-to-http10", rule_group::request, 'M'},
    {"100-needs-expect", rule_group::request, 'A'},
    {"100-then-final", rule_group::request, 'M'},
    {"100-continue-prompt", rule_group::request, 'M'},
    {"100-continue-http10-ignored", rule_group::request, 'M'},
    {"early-final-response-signals-close", rule_group::request, 'M'},
    {"417-needs-expect", rule_group::request, 'S'},
    {"101-needs-upgrade-request", rule_group::request, 'M'},
    {"101-not-to-http10", rule_group::request, 'M'},
    {"100-before-101", rule_group::request, 'M'},
    {"101-semantics-preserved", rule_group::request, 'M'},
    {"head-same-fields-as-get", rule_group::request, 'S'},
    {"206-needs-range-request", rule_group::request, 'M'},
    {"206-if-range-match", rule_group::request, 'M'},
    {"206-content-matches-200", rule_group::request, 'M'},
    {"206-no-multipart-for-single-range", rule_group::request, 'M'},
    {"206-parts-order", rule_group::request, 'S'},
    {"range-loses-to-304", rule_group::request, 'M'},
    {"416-needs-range-request", rule_group::request, 'M'},
    {"416-complete-length-current", rule_group::request, 'M'},
    {"304-needs-conditional-get-head", rule_group::request, 'M'},
    {"if-none-match-unsafe-412", rule_group::request, 'M'},
    {"if-none-match-304", rule_group::request, 'M'},
    {"if-modified-since-304", rule_group::request, 'S'},
    {"if-match-failed-not-performed", rule_group::request, 'M'},
    {"412-needs-precondition", rule_group::request, 'M'},
    {"preconditions-ignored-for-method", rule_group::request, 'M'},
    {"preconditions-after-other-checks", rule_group::request, 'M'},
    {"post-no-206-304-416", rule_group::request, 'M'},
    {"405-allow-excludes-method", rule_group::request, 'S'},
    {"405-501-for-get-head", rule_group::request, 'A'},
    {"501-vs-405", rule_group::request, 'S'},
    {"put-status", rule_group::request, 'M'},
    {"put-validators-only-if-unchanged", rule_group::request, 'M'},
    {"delete-status", rule_group::request, 'S'},
    {"201-to-safe-method", rule_group::request, 'A'},
    {"trace-reflects-request", rule_group::request, 'S'},
    {"425-needs-early-data", rule_group::request, 'S'},
    {"208-needs-dav-signal", rule_group::request, 'S'},
    {"226-needs-a-im", rule_group::request, 'M'},
    {"406-needs-negotiation", rule_group::request, 'A'},
    {"411-needs-missing-length", rule_group::request, 'A'},
    {"413-415-need-content", rule_group::request, 'A'},
    {"428-request-unconditional", rule_group::request, 'A'},
    {"505-version-mismatch", rule_group::request, 'A'},
    {"connection-close-echo", rule_group::request, 'M'},
    {"http10-keep-alive", rule_group::request, 'A'},
    {"trailers-need-te", rule_group::request, 'A'},
    {"non-persistent-server-sends-close", rule_group::connection, 'M'},
    {"close-means-close", rule_group::connection, 'M'},
    {"read-body-or-close", rule_group::connection, 'M'},
    {"pipelined-order", rule_group::connection, 'M'},
    {"connect-tunnel-after-2xx", rule_group::connection, 'M'},
    {"switch-after-101", rule_group::connection, 'M'},
    {"no-1xx-after-final", rule_group::connection, 'M'},
    {"problem-media-type", rule_group::problem, 'M'},
    {"problem-status-matches", rule_group::problem, 'M'},
    {"problem-member-types", rule_group::problem, 'M'},
    {"problem-type-uri", rule_group::problem, 'S'},
    {"problem-about-blank-title", rule_group::problem, 'S'},
    {"problem-title-stable", rule_group::problem, 'S'},
    {"problem-extension-names", rule_group::problem, 'S'},
    {"problem-no-internals", rule_group::problem, 'A'},
    {"problem-error-status", rule_group::problem, 'A'},
    {"problem-head", rule_group::problem, 'M'},
    {"no-connection-specific-fields", rule_group::protocol, 'M'},
    {"field-name-lowercase", rule_group::protocol, 'M'},
    {"101-not-in-h2-h3", rule_group::protocol, 'M'},
    {"pseudo-header-status-only", rule_group::protocol, 'M'},
    {"pseudo-header-before-fields", rule_group::protocol, 'M'},
    {"pseudo-header-not-in-trailers", rule_group::protocol, 'M'},
};

static_assert(std::size(catalog) == 261);

bool is_kebab(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  if (id.find("--") != std::string_view::npos) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

char strength(rfc_level l) {
  switch (l) {
    case rfc_level::must:
    case rfc_level::must_not: return 'M';
    case rfc_level::should:
    case rfc_level::should_not: return 'S';
    case rfc_level::may: return 'A';
  }
  return '?';
}

severity default_for(rfc_level l) {
  switch (strength(l)) {
    case 'M': return severity::error;
    case 'S': return severity::warning;
    default: return severity::info;
  }
}

}  // namespace

TEST_CASE("rule: the table has exactly the 261 catalog rules, with unique kebab-case ids",
          "[rule]") {
  REQUIRE(rules().size() == 261);
  REQUIRE(rule_count == 261);
  std::set<std::string_view> ids;
  for (auto const& r : rules()) {
    INFO(r.id);
    CHECK(is_kebab(r.id));
    CHECK(ids.insert(r.id).second);
  }
  CHECK(ids.size() == 261);
}

TEST_CASE("rule: every catalog id is in the table, in catalog order and section", "[rule]") {
  for (std::size_t i = 0; i < std::size(catalog); ++i) {
    auto const& c = catalog[i];
    INFO(c.id);
    auto const* r = find_rule(c.id);
    REQUIRE(r != nullptr);
    CHECK(r == &rules()[i]);
    CHECK(rule_position(c.id) == static_cast<int>(i));
    CHECK(r->group == c.group);
    CHECK_FALSE(to_string(r->group).empty());
  }
}

TEST_CASE("rule: each rule's level is the strongest level of its catalog row", "[rule]") {
  // Catalog §6 counts a row with two levels ("SHOULD (K) / MUST (K)") by the strongest; the
  // table's level is what the default severity follows, so a weaker level lowers the rule.
  for (auto const& c : catalog) {
    INFO(c.id);
    auto const* r = find_rule(c.id);
    REQUIRE(r != nullptr);
    CHECK(strength(r->level) == c.strength);
  }
}

TEST_CASE("rule: every entry has a summary, citation and scope", "[rule]") {
  for (auto const& r : rules()) {
    INFO(r.id);
    CHECK_FALSE(r.summary.empty());
    CHECK_FALSE(r.description.empty());
    CHECK_FALSE(r.citation.empty());
    CHECK_FALSE(r.scope.empty());
    CHECK(r.summary.find('\n') == std::string_view::npos);
    CHECK(to_string(r.level) != "?");
  }
}

TEST_CASE("rule: the default severity follows the level unless the note explains why", "[rule]") {
  std::size_t deviations = 0;
  for (auto const& r : rules()) {
    INFO(r.id << " level " << to_string(r.level) << " default " << to_string(r.default_severity));
    CHECK(r.default_severity != severity::off);
    if (r.default_severity == default_for(r.level)) continue;
    ++deviations;
    CHECK_FALSE(r.note.empty());
  }
  // A handful of deliberate deviations (200-validators, 413-retry-after, 503-retry-after and the
  // derived "needs-request" rules); a large number would mean the table lost its levels.
  CHECK(deviations < 20);
}

TEST_CASE("rule: rules that are not checked say why in their note", "[rule]") {
  std::size_t checked = 0;
  for (auto const& r : rules()) {
    INFO(r.id);
    if (r.checked()) {
      ++checked;
      continue;
    }
    CHECK((r.cover == coverage::planned || r.cover == coverage::not_checkable ||
           r.cover == coverage::exchange || r.cover == coverage::probe));
    CHECK_FALSE(r.note.empty());
  }
  CHECK(checked > 0);
}

TEST_CASE("rule: find_rule finds each id and nothing else", "[rule]") {
  for (auto const& r : rules()) {
    INFO(r.id);
    CHECK(find_rule(r.id) == &r);
    // Lookup is by the whole id, case-sensitively.
    std::string upper(r.id);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
    if (upper != r.id) CHECK(find_rule(upper) == nullptr);
    CHECK(find_rule(std::string(r.id) + "-x") == nullptr);
    CHECK(find_rule(r.id.substr(0, r.id.size() - 1)) != &r);
  }
  for (std::string_view unknown :
       {"", "-", "no-content", "No-Content-204", "no-content-204 ", "house-problem-json", "405"})
    CHECK(find_rule(unknown) == nullptr);
}

TEST_CASE("rule: rule_index names a rule at compile time", "[rule]") {
  constexpr rule_index i{"no-content-204"};
  STATIC_REQUIRE(i.info().id == "no-content-204");
  STATIC_REQUIRE(&rules()[i.value] == &i.info());
  CHECK(i.info().citation == "RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3");
  CHECK(find_rule("no-content-204") == &i.info());
}

TEST_CASE("rule: the minimal flag marks framing and safety rules", "[rule]") {
  for (std::string_view id : {"no-content-204", "content-length-syntax", "field-value-no-cr-lf-nul",
                              "reason-phrase-charset", "status-code-range", "field-name-token"}) {
    INFO(id);
    REQUIRE(find_rule(id));
    CHECK(find_rule(id)->in_minimal());
  }
  for (std::string_view id : {"3xx-location", "reason-phrase-registered", "503-retry-after"}) {
    INFO(id);
    REQUIRE(find_rule(id));
    CHECK_FALSE(find_rule(id)->in_minimal());
  }
}

TEST_CASE("rule: similar_rule_ids names the ids closest to an unknown one", "[rule]") {
  using ids = std::vector<std::string_view>;
  // A prefix of ids (the shortest first), or an id with more after it.
  CHECK(similar_rule_ids("405-allow") == ids{"405-allow-required", "405-allow-excludes-method"});
  CHECK(similar_rule_ids("405-allow-required-x") == ids{"405-allow-required"});
  // Typing mistakes: a swap, a letter left out, one added, one changed; case does not matter.
  CHECK(similar_rule_ids("date-requried") == ids{"date-required"});
  CHECK(similar_rule_ids("date-requred") == ids{"date-required"});
  CHECK(similar_rule_ids("date-requiredd") == ids{"date-required"});
  CHECK(similar_rule_ids("Date-Required") == ids{"date-required"});
  CHECK(similar_rule_ids("no-content-2o4") == ids{"no-content-204"});
  // Part of an id.
  CHECK(similar_rule_ids("allow-required") == ids{"405-allow-required"});
  // At most `max`, best first; ids given besides the catalog's.
  CHECK(similar_rule_ids("no-content", {}, 2).size() == 2);
  std::string_view const house[] = {"house-problem-json"};
  CHECK(similar_rule_ids("house-problem-jsn", house) == ids{"house-problem-json"});
  // Nothing close, and an exact id is not its own suggestion.
  CHECK(similar_rule_ids("xyzzy").empty());
  CHECK(similar_rule_ids("").empty());
  for (auto const& r : rules()) {
    auto const close = similar_rule_ids(r.id);
    CHECK(std::find(close.begin(), close.end(), r.id) == close.end());
  }
}

TEST_CASE("rule: unknown_rule_message says what was meant", "[rule]") {
  CHECK(unknown_rule_message("405-allow") ==
        R"(no rule has the id "405-allow"; did you mean )"
        R"("405-allow-required" or "405-allow-excludes-method"?)");
  CHECK(unknown_rule_message("xyzzy") ==
        R"(no rule has the id "xyzzy" (docs/rules.md lists every rule))");
  auto const several = unknown_rule_message("no-content");
  CHECK(several.find(R"(did you mean "no-content-)") != std::string::npos);
  CHECK(several.find(" or ") != std::string::npos);
}
