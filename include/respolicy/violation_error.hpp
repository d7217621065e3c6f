//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_VIOLATION_ERROR_HPP
#define RESPOLICY_VIOLATION_ERROR_HPP

#include <respolicy/report.hpp>

#include <stdexcept>
#include <string>
#include <utility>

namespace respolicy {

/** Thrown by a guard in `throw` mode: the response broke a rule the policy makes an error, or
    must never leave (CR, LF or NUL in a field or the reason phrase, contradictory framing).

    `what()` names the rules; `report()` has every finding with its citation.

    @par Example
    @code
    try {
      auto res = guarded(req);
    } catch (respolicy::violation_error const& e) {
      std::cerr << e.report();
    }
    @endcode
*/
class violation_error : public std::runtime_error {
 public:
  /** An error carrying `r`. */
  explicit violation_error(respolicy::report r)
      : std::runtime_error(summary(r)), report_(std::move(r)) {}

  /** The findings. */
  respolicy::report const& report() const noexcept { return report_; }

 private:
  static std::string summary(respolicy::report const& r) {
    std::string s = "respolicy: the response violates";
    char const* sep = " ";
    for (auto const& d : r) {
      if (d.severity != severity::error || d.repaired) continue;
      s += sep;
      s += d.rule;
      sep = ", ";
    }
    return s;
  }

  respolicy::report report_;
};

}  // namespace respolicy

#endif
