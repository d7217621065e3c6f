//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SEVERITY_HPP
#define RESPOLICY_SEVERITY_HPP

#include <cstdint>
#include <iosfwd>
#include <respolicy/export.hpp>
#include <string_view>

namespace respolicy {

/** How much a policy cares about a rule: `off` silences it, `error` makes a report fail. */
enum class severity : std::uint8_t { off, info, warning, error };

/** Returns "off", "info", "warning" or "error". */
constexpr std::string_view to_string(severity s) noexcept {
  switch (s) {
    case severity::off: return "off";
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "?";
}

RESPOLICY_DECL std::ostream& operator<<(std::ostream& os, severity s);

}  // namespace respolicy

#endif
