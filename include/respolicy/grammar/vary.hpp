//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_VARY_HPP
#define RESPOLICY_GRAMMAR_VARY_HPP

/** @file
    Vary (RFC 9110 §12.5.5).

    @code
    Vary = #( "*" / field-name )
    field-name = token                               ; RFC 9110 §5.1
    @endcode

    Examples from the RFC: `accept-encoding, accept-language` and `*`. The grammar lets `*` appear
    among field names; the parser accepts that and reports it (`star` with `names` > 0), since a
    member `*` already means "anything" and a checker flags the combination. Field names are
    case-insensitive (vary::contains). Lenient as a recipient: empty elements and OWS at either end
    are accepted; an empty value is an empty list.
*/

#include <respolicy/grammar/basic.hpp>

#include <cstddef>
#include <string_view>

namespace respolicy::grammar {

/** A parsed Vary value. Iterating `members` yields every element, `*` included. */
struct vary {
  /** The field names, or "*". */
  token_list members;
  bool star = false;      ///< a member is `*`
  std::size_t names = 0;  ///< the members that are field names (not `*`)

  /** True when the response varies on `field_name` (case-insensitive), or on anything (`*`). */
  constexpr bool varies_on(std::string_view field_name) const noexcept {
    return star || members.icontains(field_name);
  }
};

/** Parses a Vary value.

    @code
    auto v = respolicy::grammar::parse_vary("accept-encoding, accept-language");
    bool ae = v && v->varies_on("Accept-Encoding");
    @endcode
*/
[[nodiscard]] constexpr result<vary> parse_vary(std::string_view s) noexcept {
  auto r = parse_token_list(s);
  if (!r) {
    auto e = r.error();
    e.what = "expected a field-name or '*'";
    return e;
  }
  vary v;
  v.members = *r;
  v.names = r->size();
  // Only a value holding '*' needs a second look at its members; eight bytes at a time.
  bool asterisk = false;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8)
    asterisk |= detail::has_byte(detail::load_le(s.data() + i, 8), '*');
  if (i < s.size()) asterisk |= detail::has_byte(detail::load_le(s.data() + i, s.size() - i), '*');
  if (asterisk) {
    for (auto m : v.members) {
      if (m == "*") {
        v.star = true;
        --v.names;
      }
    }
  }
  return v;
}

}  // namespace respolicy::grammar

#endif
