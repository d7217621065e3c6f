//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.5: field-specific syntax and scope.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

// Allow, Retry-After, Content-Range, Accept-Ranges, ETag, Date, Last-Modified, Expires, Age,
// Cache-Control and Vary.
constexpr rule_case validator_field_cases[] = {
    {"", near_miss, ""},  // removed once the first real case is in
};

// Location, Content-Location, WWW-Authenticate, Proxy-Authenticate, Authentication-Info,
// Content-Type, Content-Encoding, Content-Language, Upgrade, Connection, Transfer-Encoding,
// Trailer, Server, Via, Link and Content-Disposition.
constexpr rule_case content_field_cases[] = {
    {"", near_miss, ""},  // removed once the first real case is in
};

}  // namespace

std::span<rule_case const> field_specific_cases() {
  return std::span(validator_field_cases).subspan(validator_field_cases[0].rule.empty() ? 1 : 0);
}
std::span<rule_case const> field_specific_auth_cases() {
  return std::span(content_field_cases).subspan(content_field_cases[0].rule.empty() ? 1 : 0);
}

}  // namespace respolicy::test
