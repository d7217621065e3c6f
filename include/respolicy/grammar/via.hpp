//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_VIA_HPP
#define RESPOLICY_GRAMMAR_VIA_HPP

/** @file
    Via (RFC 9110 §7.6.3): the intermediaries a message passed through.

    @code
    Via = #( received-protocol RWS received-by [ RWS comment ] )     ; RFC 9110 §7.6.3
    received-protocol = [ protocol-name "/" ] protocol-version
    received-by       = pseudonym [ ":" port ]
    pseudonym         = token
    port              = *DIGIT                                        ; RFC 3986 §3.2.3
    comment           = "(" *( ctext / quoted-pair / comment ) ")"    ; §5.6.5
    @endcode

    RFC 7230 allowed `uri-host [ ":" port ]` as received-by; a token covers host names and IPv4
    addresses, and an IPv6 literal (`[2001:db8::1]:8080`) is accepted too, as recipients must
    read what older senders wrote (`via_entry::ip_literal`).
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>

#include <string_view>

namespace respolicy::grammar {

/** One intermediary; views into the input. */
struct via_entry {
  std::string_view protocol_name;     ///< empty when left out (then "HTTP" is meant)
  std::string_view protocol_version;  ///< "1.1"
  std::string_view received_by;       ///< the pseudonym or host, without the port
  std::string_view port;              ///< empty when none
  std::string_view comment;           ///< with its parentheses, or empty
  /** True when the received-by has a port. */
  bool has_port = false;
  bool ip_literal = false;  ///< received_by is an IPv6 literal (RFC 7230 form)
};

namespace detail {
/** Parses one Via element at `c.pos`. */
[[nodiscard]] RESPOLICY_DECL result<via_entry> parse_via_element(cursor& c) noexcept;
}  // namespace detail

/** A list of Via entries. */
using via_list = list_view<via_entry, &detail::parse_via_element>;

/** Parses Via (RFC 9110 §7.6.3). An empty value is an empty list. */
[[nodiscard]] RESPOLICY_DECL result<via_list> parse_via(std::string_view s) noexcept;

}  // namespace respolicy::grammar

#endif
