//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/rule.hpp>

namespace respolicy {

std::string_view to_string(rule_group g) noexcept {
  switch (g) {
    case rule_group::framing: return "Framing and body";
    case rule_group::status_line: return "Status line and status code";
    case rule_group::field_syntax: return "Field names and field values";
    case rule_group::per_status: return "Per-status required and forbidden fields and content";
    case rule_group::field_specific: return "Field-specific syntax";
    case rule_group::caching: return "Dates, validators and caching";
    case rule_group::request: return "Request-dependent rules";
    case rule_group::connection: return "Connection management and response sequencing";
    case rule_group::problem: return "Problem details (RFC 9457)";
  }
  return "?";
}

}  // namespace respolicy
