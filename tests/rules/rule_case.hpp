//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_RULES_RULE_CASE_HPP
#define RESPOLICY_TESTS_RULES_RULE_CASE_HPP

// Rule cases: for every checked rule, responses that break it and near misses that do not. Each
// group's cases live in <group>_cases.cpp; rule_cases.cpp runs them all and checks that every
// checked rule of the table has both kinds. Texts use the format of support/message_text.hpp.

#include <respolicy/severity.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace respolicy::test {

inline constexpr bool breaks = true;
inline constexpr bool near_miss = false;

struct rule_case {
  std::string_view rule;              // the catalog id, exactly as spelled there
  bool expect;                        // breaks: the rule is reported; near_miss: it is not
  std::string_view response;          // the response under test
  std::string_view request = {};      // the request it answers; empty: no request context
  std::string_view equivalent = {};   // the 200 the same GET would get (catalog context "G")
  std::string_view config = {};       // policy words for make_policy()
  severity expected = severity::off;  // off: the policy's severity for the rule
};

std::span<rule_case const> framing_cases();
std::span<rule_case const> status_line_cases();
std::span<rule_case const> field_syntax_cases();
std::span<rule_case const> per_status_cases();
std::span<rule_case const> request_cases();
std::span<rule_case const> connection_cases();
std::span<rule_case const> field_specific_cases();  // dates, validators, ranges, caching fields
std::span<rule_case const>
field_specific_auth_cases();  // authentication, content and protocol fields
std::span<rule_case const> caching_cases();
std::span<rule_case const> problem_cases();
std::span<rule_case const> content_cases();   // content (multipart, 207, 423), URIs, 451 link
std::span<rule_case const> protocol_cases();  // HTTP/2 and HTTP/3

// Every group's cases.
inline std::vector<std::span<rule_case const>> all_case_groups() {
  return {framing_cases(), status_line_cases(), field_syntax_cases(),   per_status_cases(),
          request_cases(), connection_cases(),  field_specific_cases(), field_specific_auth_cases(),
          caching_cases(), problem_cases(),     content_cases(),        protocol_cases()};
}

}  // namespace respolicy::test

#endif
