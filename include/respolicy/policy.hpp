//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_POLICY_HPP
#define RESPOLICY_POLICY_HPP

#include <respolicy/export.hpp>
#include <respolicy/message.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/severity.hpp>

#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy {

/** The part a server plays for the responses it sends (RFC 9110 §3.7). */
enum class server_role : std::uint8_t { origin, gateway, proxy };

/** A check of the user's own, reported like a built-in rule.

    The check returns nothing when the response conforms, or a short explanation when it does not.

    @par Example
    @code
    respolicy::house_rule problem_json{
        "house-problem-json", respolicy::severity::error,
        "4xx and 5xx bodies are application/problem+json", "house style guide §3",
        [](respolicy::response_view const& res, respolicy::request_context const*)
            -> std::optional<std::string> { ... }};
    @endcode
*/
struct house_rule {
  /** The rule's id; it must not be a catalog id. */
  std::string id;
  /** How a finding is reported. */
  respolicy::severity severity = respolicy::severity::warning;
  /** What the rule requires, in one line. */
  std::string summary;
  /** Where the requirement comes from. */
  std::string citation;
  /** The check: a detail when the response breaks the rule, else nothing. */
  std::function<std::optional<std::string>(response_view const&, request_context const*)> check;
};

/** Which rules to report and how severely, and what the server is.

    A policy starts from a profile: `standard()` reports each rule at its default severity (MUST as
    error, SHOULD as warning, advice as info); `strict()` raises SHOULD to error; `minimal()` keeps
    only framing and safety rules; `unit_test()` is `standard()` without the `Date` rules, for
    tests of handlers, which rarely set `Date`. Any rule can then be set by id. Configure a policy
   before sharing it; a `policy const&` is safe to use from many threads at once.

    @par Example
    @code
    respolicy::policy p = respolicy::policy::standard();
    p.set("3xx-location", respolicy::severity::error).role(respolicy::server_role::gateway);
    @endcode
*/
class RESPOLICY_DECL policy {
 public:
  /** The standard profile. */
  policy() noexcept;

  /** Every checked rule at its default severity. */
  static policy const& standard() noexcept;
  /** As standard(), with warnings raised to errors. */
  static policy const& strict() noexcept;
  /** The rules marked minimal only: what breaks clients. */
  static policy const& minimal() noexcept;

  /** The profile for unit tests of handlers: `standard()` with `date-required` and
      `date-no-clock` off. A handler under test usually leaves `Date` to the server around it
      (RFC 9110 §6.6.1 asks it of the origin server as a whole), so a missing `Date` is not
      reported, nor is a present one; every other rule is as in `standard()`.

      @par Example
      @code
      CHECK_THAT(handle(req), respolicy::catch2::conforms_to(req, respolicy::policy::unit_test()));
      @endcode
  */
  static policy const& unit_test() noexcept;

  /** Returns the profile named "standard", "strict", "minimal" or "unit-test", or nothing. */
  static policy const* profile(std::string_view name) noexcept;

  /** Sets the severity of a catalog rule or a house rule. Returns false, changing nothing, when no
      rule has that id. */
  bool try_set(std::string_view id, severity s) noexcept;

  /** As `try_set`, for an id known to be right: an unknown id throws `std::invalid_argument`
      with `unknown_rule_message()`, which names the closest ids, in every build (without
      exceptions it prints that message and aborts).

      @par Example
      @code
      p.set("date-required", respolicy::severity::off);  // a rule switched off
      p.set("405-allow", respolicy::severity::off);      // throws: did you mean
     "405-allow-required"?
      @endcode
  */
  policy& set(std::string_view id, severity s);

  /** The severity of the rule at `index` in `rules()`. */
  severity severity_of(rule_index index) const noexcept { return severities_[index.value]; }
  /** The severity of the rule at `index` in rules(). */
  severity severity_of(std::size_t index) const noexcept { return severities_[index]; }

  /** The severity of a catalog or house rule by id; `off` when there is none. */
  severity severity_of(std::string_view id) const noexcept;
  /** The severity of the rule `id`. */
  severity severity_of(char const* id) const noexcept { return severity_of(std::string_view(id)); }

  /** The severity for the SHOULD-level part of a rule that also has a MUST-level part: warning,
      or error under `strict()`. */
  severity should_severity() const noexcept { return should_severity_; }

  /** What the server is: an origin server, a gateway or a proxy. */
  policy& role(server_role r) noexcept {
    role_ = r;
    return *this;
  }
  /** The role. */
  server_role role() const noexcept { return role_; }

  /** Whether the server has a clock (RFC 9110 §5.6.7); `date-required` and `date-no-clock` read it.
   */
  policy& has_clock(bool b) noexcept {
    has_clock_ = b;
    return *this;
  }
  /** True when the server has a clock (RFC 9110 §6.6.1). */
  bool has_clock() const noexcept { return has_clock_; }

  /** Whether the server supports persistent connections (RFC 9112 §9.3). */
  policy& persistent_connections(bool b) noexcept {
    persistent_ = b;
    return *this;
  }
  /** True when the server keeps connections open. */
  bool persistent_connections() const noexcept { return persistent_; }

  /** Adds a house rule. Its id must not be a catalog id or another house rule's id (asserts). */
  policy& add_rule(house_rule r);

  /** The house rules added to the catalog. */
  std::span<house_rule const> house_rules() const noexcept { return house_; }

 private:
  enum class profile_kind : std::uint8_t { standard, strict, minimal, unit_test };
  explicit policy(profile_kind k) noexcept;

  std::array<severity, rule_count> severities_;
  severity should_severity_ = severity::warning;
  server_role role_ = server_role::origin;
  bool has_clock_ = true;
  bool persistent_ = true;
  std::vector<house_rule> house_;
};

}  // namespace respolicy

#endif
