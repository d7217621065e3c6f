//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_ALLOW_HPP
#define RESPOLICY_GRAMMAR_ALLOW_HPP

/** @file
    Allow (RFC 9110 §10.2.1).

    @code
    Allow  = #method
    method = token                                   ; RFC 9110 §9.1
    @endcode

    Example from the RFC: `GET, HEAD, PUT`. "An empty Allow field value indicates that the resource
    allows no methods", so an empty value is a valid, empty list. Methods are case-sensitive:
    token_list::contains() compares exactly. Lenient as a recipient: empty elements and OWS at
    either end are accepted (and counted).
*/

#include <respolicy/grammar/basic.hpp>

#include <string_view>

namespace respolicy::grammar {

/** Parses an Allow value into its methods.

    @code
    auto a = respolicy::grammar::parse_allow("GET, HEAD, PUT");
    bool put = a && a->contains("PUT");
    @endcode
*/
[[nodiscard]] constexpr result<token_list> parse_allow(std::string_view s) noexcept {
  auto r = parse_token_list(s);
  if (!r) {
    auto e = r.error();
    e.what = "expected a method token";
    return e;
  }
  return r;
}

}  // namespace respolicy::grammar

#endif
