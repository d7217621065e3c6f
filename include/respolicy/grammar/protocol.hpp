//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_PROTOCOL_HPP
#define RESPOLICY_GRAMMAR_PROTOCOL_HPP

/** @file
    Upgrade (RFC 9110 §7.8): the protocols a server switches to or offers.

    @code
    Upgrade          = #protocol                                  ; RFC 9110 §7.8
    protocol         = protocol-name ["/" protocol-version]
    protocol-name    = token
    protocol-version = token
    @endcode

    No whitespace around "/". Protocol names are case-insensitive (the IANA registry lists them).
*/

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>

#include <string_view>

namespace respolicy::grammar {

/** One protocol; views into the input. */
struct protocol {
  /** The protocol name. */
  std::string_view name;
  std::string_view version;  ///< empty when there is none
  /** True when a version follows the name. */
  bool has_version = false;
};

namespace detail {
/** Parses one protocol at `c.pos`. */
[[nodiscard]] constexpr result<protocol> parse_protocol_element(cursor& c) noexcept {
  protocol p;
  p.name = c.token();
  if (p.name.empty()) return fail(error::syntax, c.pos, "expected a protocol name (token)");
  if (c.consume('/')) {
    p.version = c.token();
    if (p.version.empty())
      return fail(error::syntax, c.pos, "expected a protocol version (token) after '/'");
    p.has_version = true;
  }
  return p;
}
}  // namespace detail

/** A list of protocols (`#protocol`). */
using protocol_list = list_view<protocol, &detail::parse_protocol_element>;

/** Parses Upgrade (RFC 9110 §7.8). An empty value is an empty list. */
[[nodiscard]] constexpr result<protocol_list> parse_upgrade(std::string_view s) noexcept {
  auto r = detail::parse_list<protocol>(s, &detail::parse_protocol_element, detail::accept_all{});
  if (!r) return r.error();
  return protocol_list(s, *r);
}

}  // namespace respolicy::grammar

#endif
