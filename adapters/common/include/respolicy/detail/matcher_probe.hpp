//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_DETAIL_MATCHER_PROBE_HPP
#define RESPOLICY_DETAIL_MATCHER_PROBE_HPP

// What the Catch2 and GoogleTest probe matchers share: a handler is probed in-process with
// respolicy::beast::probe_handler, and a result is explained with the probe report's own printer
// (probe_report::to_string) and the matchers' switch-off hint, so a failure reads the same in
// either framework and the same as respolicy-lint --probe.

#include <respolicy/beast/probe.hpp>
#include <respolicy/detail/matcher_text.hpp>
#include <respolicy/probe.hpp>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace respolicy::detail {

/** The target a probe matcher is given as a request-target alone: "/doc" on host "localhost". */
inline probe_target to_probe_target(std::string_view target) {
  return {.host = "localhost", .target = std::string(target)};
}

/** True when `r` makes a `conforms` expectation fail: an error finding, or no response. */
inline bool has_error(probe_result const& r) noexcept {
  return !r.error.empty() || !r.findings.ok();
}

/** The framework-independent half of a probe matcher: the expectation of a handler probed for a
    target, its description, the probe, and what a result says. */
class probe_expectation {
 public:
  /** `rule` is ignored for `conforms`; for `violates`, an id that names no catalog rule and no
      house rule of `pol` throws `std::invalid_argument` (see `require_rule`). */
  probe_expectation(expectation_kind kind, std::string_view rule, probe_target target,
                    policy const& pol)
      : kind_(kind),
        rule_(rule),
        policy_name_(policy_name(pol)),
        policy_(pol),
        target_(std::move(target)) {
    if (kind_ == expectation_kind::violates) require_rule(rule_, policy_);
  }

  /** "conforms to the standard policy when probed at /doc on localhost", "violates
      304-required-fields under the standard policy when probed at /doc on localhost". */
  std::string description() const {
    std::string out =
        kind_ == expectation_kind::conforms ? "conforms to " : "violates " + rule_ + " under ";
    return out.append(policy_name_).append(probed_at());
  }

  /** "does not conform to ...", "does not violate ...". */
  std::string negation() const {
    std::string out = kind_ == expectation_kind::conforms ? "does not conform to "
                                                          : "does not violate " + rule_ + " under ";
    return out.append(policy_name_).append(probed_at());
  }

  /** Probes `handler` in-process (`respolicy::beast::probe_handler`) on a copy of it, or through
      a reference when it cannot be copied. */
  template <class Handler>
  probe_report check(Handler const& handler) const {
    if constexpr (std::is_copy_constructible_v<Handler>) {
      return beast::probe_handler(handler, target_, policy_);
    } else {
      return beast::probe_handler(std::cref(handler), target_, policy_);
    }
  }

  /** True when what `check` found meets the expectation. */
  bool met_by(probe_report const& rep) const noexcept {
    if (kind_ == expectation_kind::conforms) return rep.ok();
    return rep.has(rule_);
  }

  /** What a matcher says of a probe: every probe's request line, status and findings, and for
      the probes that matter (an error, or the expected rule) every request and response header
      field, as `probe_report::to_string(true)` prints them; then which probes matter, and after
      a failed `conforms` how to switch a rule off.

      @code
      which was sent 16 probes:
      get: GET /doc HTTP/1.1 -> 200 OK
        > GET /doc HTTP/1.1
        > Host: localhost
        < ETag: "v1"
      head: HEAD /doc HTTP/1.1 -> 200 OK
      if-none-match: GET /doc HTTP/1.1 -> 304 Not Modified
        > GET /doc HTTP/1.1
        > Host: localhost
        > If-None-Match: "v1"
        < Date: Sun, 22 Nov 2026 10:00:00 GMT
        error 304-required-fields: A 304 response has the Date, ETag, ... [RFC 9110 §15.4.5]
      ...
      1 of 16 probes has errors: if-none-match (304-required-fields)
      to switch a rule off, give the matcher a policy p with p.set("304-required-fields", ...)
      @endcode
  */
  std::string explain(probe_report const& rep) const {
    std::size_t const n = rep.results.size();
    std::string out = "which was sent " + std::to_string(n) + (n == 1 ? " probe:\n" : " probes:\n");
    // The first GET's answer is the 200 the others are compared with: shown in full when any
    // probe matters.
    bool const any = std::ranges::any_of(rep.results, [&](auto const& r) { return matters(r); });
    probe_report one{.target = rep.target, .results = {}};
    std::string names;
    std::size_t matter = 0;
    for (auto const& r : rep.results) {
      bool const shown = matters(r);
      bool const reference = any && &r == &rep.results.front();
      one.results.assign(1, r);
      out += one.to_string(shown || reference || has_error(r));
      if (!shown) continue;
      ++matter;
      names.append(names.empty() ? "" : ", ").append(to_string(r.request.kind));
      if (kind_ == expectation_kind::conforms) names.append(" (").append(errors(r)).append(")");
    }
    out += summary(matter, n);
    if (matter != 0) out.append(": ").append(names);
    if (kind_ == expectation_kind::conforms && !met_by(rep)) {
      report all;
      for (auto const& r : rep.results)
        for (auto const& d : r.findings) all.add(d);
      out += switch_off_hint(all);
    }
    return out;
  }

 private:
  // "conforms" cares for the probes with errors, "violates" for those that report the rule.
  bool matters(probe_result const& r) const noexcept {
    if (kind_ == expectation_kind::conforms) return has_error(r);
    return r.findings.has(rule_);
  }

  // Why a probe fails `conforms`: "failed", or its error rules ("304-required-fields,
  // date-required").
  static std::string errors(probe_result const& r) {
    std::string out = r.error.empty() ? "" : "failed";
    for (auto const& d : r.findings)
      if (d.severity == severity::error) out.append(out.empty() ? "" : ", ").append(d.rule);
    return out;
  }

  // "1 of 12 probes has errors", "no probe reports 304-required-fields".
  std::string summary(std::size_t matter, std::size_t n) const {
    bool const conforms = kind_ == expectation_kind::conforms;
    if (matter == 0) return conforms ? "no probe has an error" : "no probe reports " + rule_;
    std::string out = std::to_string(matter) + " of " + std::to_string(n);
    out += n == 1 ? " probe " : " probes ";
    if (conforms) return out + (matter == 1 ? "has errors" : "have errors");
    return out + (matter == 1 ? "reports " : "report ") + rule_;
  }

  // " when probed at /doc on localhost", with the fields every request carries.
  std::string probed_at() const {
    std::string out = " when probed at ";
    append_escaped(out, target_.target);
    out += " on ";
    append_escaped(out, target_.host);
    char const* sep = " with ";
    for (auto const& [name, value] : target_.fields) {
      out += std::exchange(sep, ", ");
      append_escaped(out, name);
      out += ": ";
      append_escaped(out, value);
    }
    return out;
  }

  expectation_kind kind_;
  std::string rule_;
  std::string_view policy_name_;  // a literal
  policy policy_;                 // a copy: a temporary policy may be passed to a matcher
  probe_target target_;
};

}  // namespace respolicy::detail

#endif
