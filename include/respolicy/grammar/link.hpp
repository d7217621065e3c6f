//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_LINK_HPP
#define RESPOLICY_GRAMMAR_LINK_HPP

/** @file
    Link (RFC 8288 §3): typed links to other resources.

    @code
    Link       = #link-value                                                 ; RFC 8288 §3
    link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
    link-param = token BWS [ "=" BWS ( token / quoted-string ) ]
    @endcode

    The target is checked as a URI-Reference (RFC 3986 §4.1, see uri.hpp). Parameter names are
    case-insensitive; any parameter may use the token or the quoted-string form (§3), and names
    ending in "*" carry an RFC 8187 ext-value (checked with parse_ext_value()). `rel` must occur
    exactly once per link-value (§3.3): the parser counts it in `link_value::rel_count` and leaves
    the judgement to the caller, since recipients use the first one.
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>
#include <respolicy/grammar/detail/parameters.hpp>

#include <cstddef>
#include <string_view>

namespace respolicy::grammar {

/** One link-value; views into the input. */
struct link_value {
  std::string_view target;  ///< the URI-Reference, without "<" and ">"
  /** The link parameters. */
  parameter_range parameters;
  parameter rel;  ///< the first rel parameter; name empty when there is none
  /** The number of rel parameters (RFC 8288 §3.3: exactly one). */
  std::size_t rel_count = 0;
  bool bws = false;  ///< whitespace around "=" in some parameter
};

namespace detail {
/** Parses one link-value at `c.pos`. */
[[nodiscard]] RESPOLICY_DECL result<link_value> parse_link_element(cursor& c) noexcept;
}  // namespace detail

/** A list of link-values. */
using link_list = list_view<link_value, &detail::parse_link_element>;

/** Parses Link (RFC 8288 §3). An empty value is an empty list. */
[[nodiscard]] RESPOLICY_DECL result<link_list> parse_link(std::string_view s) noexcept;

}  // namespace respolicy::grammar

#endif
