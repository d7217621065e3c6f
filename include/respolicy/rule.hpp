//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_RULE_HPP
#define RESPOLICY_RULE_HPP

#include <respolicy/export.hpp>
#include <respolicy/severity.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy {

/** The requirement level of a rule, as the RFC states it (BCP 14). `may` covers MAY, "ought to"
    and advice without a keyword. */
enum class rfc_level : std::uint8_t { must, must_not, should, should_not, may };

/** Returns "MUST", "MUST NOT", "SHOULD", "SHOULD NOT" or "MAY". */
constexpr std::string_view to_string(rfc_level l) noexcept {
  switch (l) {
    case rfc_level::must: return "MUST";
    case rfc_level::must_not: return "MUST NOT";
    case rfc_level::should: return "SHOULD";
    case rfc_level::should_not: return "SHOULD NOT";
    case rfc_level::may: return "MAY";
  }
  return "?";
}

/** The catalog group a rule belongs to (the sections of docs/rules.md). */
enum class rule_group : std::uint8_t {
  framing,         ///< 2.1 framing and body
  status_line,     ///< 2.2 status line and status code
  field_syntax,    ///< 2.3 field names and values
  per_status,      ///< 2.4 per-status fields and content
  field_specific,  ///< 2.5 field-specific syntax
  caching,         ///< 2.6 dates, validators and caching
  request,         ///< 2.7 request-dependent rules
  connection,      ///< 2.8 connection management
  problem,         ///< 2.9 problem details (RFC 9457)
  protocol,        ///< 2.10 HTTP/2 and HTTP/3 (RFC 9113, RFC 9114)
};

/** Returns the group's title, as docs/rules.md prints it. */
RESPOLICY_DECL std::string_view to_string(rule_group g) noexcept;

/** What a rule needs to know besides the response itself. */
enum class context_need : std::uint16_t {
  none = 0,
  method = 1 << 0,           ///< M: request method
  version = 1 << 1,          ///< V: request HTTP version
  range = 1 << 2,            ///< R: request Range / If-Range
  expect = 1 << 3,           ///< E: request Expect
  upgrade = 1 << 4,          ///< U: request Upgrade
  conditional = 1 << 5,      ///< C: If-Match, If-None-Match, If-Modified-Since, ...
  authorization = 1 << 6,    ///< A: request Authorization
  negotiation = 1 << 7,      ///< N: Accept, Accept-Encoding, Accept-Language, ...
  request_fields = 1 << 8,   ///< X: other request fields (Early-Data, A-IM, DAV, TE, ...)
  exchange = 1 << 9,         ///< S: exchange or connection state
  equivalent_200 = 1 << 10,  ///< G: the 200 the same GET would have produced
  server_config = 1 << 11,   ///< K: server role, clock, persistence
};

constexpr context_need operator|(context_need a, context_need b) noexcept {
  return static_cast<context_need>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}

constexpr bool has(context_need set, context_need f) noexcept {
  return (static_cast<std::uint16_t>(set) & static_cast<std::uint16_t>(f)) != 0;
}

/** Whether a violation can be repaired automatically (docs/architecture.md, "Repairs are explicit
 * and always reported"). */
enum class repair_kind : std::uint8_t {
  none,      ///< report only
  safe,      ///< cannot change what the handler meant; applied by `repair`
  optional,  ///< changes what the handler expressed; only behind an explicit switch
};

/** How far respolicy checks a rule. */
enum class coverage : std::uint8_t {
  checked,        ///< `validate()` checks it, and tests break it and pass a near miss
  planned,        ///< not checked yet; the note says what it waits for
  not_checkable,  ///< cannot be decided from what respolicy sees; the note says why
  exchange,       ///< checked across a connection by `connection_checker`, not by `validate()`
  probe,          ///< checked by `run_probe()` from two answers, not by `validate()`
};

/** Extra facts about a rule. */
enum class rule_flag : std::uint8_t {
  none = 0,
  derived = 1 << 0,  ///< (D): follows from a definition, no keyword sentence says it
  verify = 1 << 1,   ///< the catalog asks for a check against the RFC text
  minimal = 1 << 2,  ///< framing or safety: part of `policy::minimal()`
};

constexpr rule_flag operator|(rule_flag a, rule_flag b) noexcept {
  return static_cast<rule_flag>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}

constexpr bool has(rule_flag set, rule_flag f) noexcept {
  return (static_cast<std::uint8_t>(set) & static_cast<std::uint8_t>(f)) != 0;
}

/** The versions of HTTP a rule applies to. The semantics of RFC 9110 hold in every version; the
    message syntax and connection management of RFC 9112 in HTTP/1.0 and HTTP/1.1 only; RFC 9113
    (HTTP/2) and RFC 9114 (HTTP/3) add their own. `response_view::version` says which a response
    was sent in. */
enum class protocol_set : std::uint8_t {
  http1 = 1 << 0,        ///< HTTP/1.0 and HTTP/1.1
  http2 = 1 << 1,        ///< HTTP/2
  http3 = 1 << 2,        ///< HTTP/3
  http2_http3 = 3 << 1,  ///< HTTP/2 and HTTP/3
  all = http1 | http2_http3,
};

/** The protocol of a `response_view::version` (or `request_context::version`): 20 is HTTP/2, 30
    HTTP/3, anything else HTTP/1.x. */
constexpr protocol_set protocol_of(int version) noexcept {
  return version == 20   ? protocol_set::http2
         : version == 30 ? protocol_set::http3
                         : protocol_set::http1;
}

constexpr bool has(protocol_set set, protocol_set p) noexcept {
  return (static_cast<std::uint8_t>(set) & static_cast<std::uint8_t>(p)) != 0;
}

/** One rule of the catalog: what HTTP requires of a response, where it says so, and how respolicy
    treats it. Every part of respolicy reads rules from the one table behind `rules()`.

    @par Example
    @code
    auto r = respolicy::find_rule("405-allow-required");
    std::cout << r->summary << " (" << r->citation << ")\n";
    @endcode

    The table (`detail/rule_table.hpp`) writes each entry with designated initializers in the order
    of the members below, leaving out the members that have a default (no flags, no context, no
    repair, no repair text, no note, every version of HTTP).
*/
struct rule_info {
  std::string_view id;  ///< stable kebab-case id, "405-allow-required"
  /** The section of the catalog. */
  rule_group group;
  /** The requirement level the RFC states. */
  rfc_level level;
  /** Derived, to verify, minimal. */
  rule_flag flags = rule_flag::none;
  severity default_severity;  ///< what `policy::standard()` reports it as
  /** What the rule needs besides the response. */
  context_need context = context_need::none;
  /** What a repair does. */
  repair_kind repair = repair_kind::none;
  /** Whether and where the rule is checked. */
  coverage cover;
  std::string_view summary;           ///< one line
  std::string_view description;       ///< what to check, in full
  std::string_view scope;             ///< which responses it concerns
  std::string_view citation;          ///< "RFC 9110 §15.5.6"
  std::string_view repair_text = {};  ///< what a repair does, or why there is none
  /** Why not checkable, what it waits for, or why the severity deviates. */
  std::string_view note = {};
  protocol_set protocols = protocol_set::all;  ///< the versions of HTTP it applies to

  /** True when the rule applies to a response of `version` (`response_view::version`). */
  constexpr bool applies_to(int version) const noexcept {
    return has(protocols, protocol_of(version));
  }

  /** True when derived from a definition rather than stated with a keyword. */
  constexpr bool derived() const noexcept { return has(flags, rule_flag::derived); }
  /** True when the source could be read only through quotations. */
  constexpr bool needs_verification() const noexcept { return has(flags, rule_flag::verify); }
  /** True when policy::minimal() keeps the rule. */
  constexpr bool in_minimal() const noexcept { return has(flags, rule_flag::minimal); }
  /** True when validate() checks the rule. */
  constexpr bool checked() const noexcept { return cover == coverage::checked; }
};

}  // namespace respolicy

#include <respolicy/detail/rule_table.hpp>

namespace respolicy {

/** Every catalog rule, in catalog order. */
constexpr std::span<rule_info const> rules() noexcept { return detail::rule_table; }

/** The number of catalog rules. */
inline constexpr std::size_t rule_count = std::size(detail::rule_table);

/** Returns the rule with `id`, or nullptr when there is none. Linear in the table size. */
constexpr rule_info const* find_rule(std::string_view id) noexcept {
  for (auto const& r : detail::rule_table)
    if (r.id == id) return &r;
  return nullptr;
}

/** A compile-time checked index into `rules()`: `rule_index{"no-content-204"}` fails to compile
   when the id is not in the catalog. Checks emit diagnostics by this index, so searching for a
   rule's id finds the code that checks it. */
struct rule_index {
  /** The position in rules(). */
  std::uint16_t value;

  /** The index of `id`; an unknown id does not compile. */
  consteval rule_index(char const* id) : value(lookup(id)) {}

  /** The rule's entry. */
  constexpr rule_info const& info() const noexcept { return detail::rule_table[value]; }

 private:
  static consteval std::uint16_t lookup(std::string_view id) {
    for (std::size_t i = 0; i < std::size(detail::rule_table); ++i)
      if (detail::rule_table[i].id == id) return static_cast<std::uint16_t>(i);
    throw "rule id is not in the catalog";  // a compile error: consteval cannot throw
  }
};

/** The ids closest to `id`, for a "did you mean" message: best first, at most `max`, empty when
    none is close. Ids `id` begins or that begin with `id` come first, then ids that contain it,
    then the ids fewest typing mistakes away from it (letters left out, added, changed or swapped
    with a neighbour; at most one per four letters), compared without regard to case. The candidates
   are the catalog's ids and `more` (a policy's house rules, say).

    @par Example
    @code
    respolicy::similar_rule_ids("405-allow");      // {"405-allow-required"}
    respolicy::similar_rule_ids("date-requried");  // {"date-required"}
    @endcode
*/
RESPOLICY_DECL std::vector<std::string_view> similar_rule_ids(
    std::string_view id, std::span<std::string_view const> more = {}, std::size_t max = 3);

/** The message for an id no rule has, naming the closest ids (`similar_rule_ids`):
    `no rule has the id "405-allow"; did you mean "405-allow-required"?`. Every place that takes
    a rule id (policies, matchers, respolicy-lint) refuses an unknown one with it. */
RESPOLICY_DECL std::string unknown_rule_message(std::string_view id,
                                                std::span<std::string_view const> more = {});

/** Returns the position of `id` in `rules()`, or -1. */
constexpr int rule_position(std::string_view id) noexcept {
  for (std::size_t i = 0; i < rule_count; ++i)
    if (detail::rule_table[i].id == id) return static_cast<int>(i);
  return -1;
}

}  // namespace respolicy

#endif
