//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_WHITESPACE_HPP
#define RESPOLICY_SRC_DETAIL_WHITESPACE_HPP

// Whitespace in content rather than in a field value: SP, HTAB, CR and LF. It is XML's S
// (XML 1.0 §2.3), and what surrounds the name and the value of a line in a body part's header
// section, whose lines end with CRLF (RFC 2046 §5.1.1). Field values use grammar::trim_ows.

#include <string_view>

namespace respolicy::detail {

/** SP, HTAB, CR or LF. */
constexpr bool is_space(char ch) noexcept {
  return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

/** `s` without SP, HTAB, CR and LF at either end. */
constexpr std::string_view trim_space(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace respolicy::detail

#endif
