//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_TOKEN_LIST_HPP
#define RESPOLICY_GRAMMAR_TOKEN_LIST_HPP

/** @file
    Connection and Trailer: lists of tokens, read with basic.hpp's `token_list`.

    @code
    Connection        = #connection-option                 ; RFC 9110 §7.6.1
    connection-option = token
    Trailer           = #field-name                        ; RFC 9110 §6.6.2
    field-name        = token                              ; §5.1
    #element          = [ element ] *( OWS "," OWS [ element ] )   ; §5.6.1, recipient form
    @endcode

    Connection options and field names are compared case-insensitively (token_list::icontains).
    Empty elements are accepted and counted (token_list::empty_elements()), as recipients must;
    senders must not generate them. Whether a connection option names an end-to-end field, or a
    trailer field is allowed in trailers, is for the caller.
*/

#include <respolicy/grammar/basic.hpp>

#include <string_view>

namespace respolicy::grammar {

/** Parses Connection (RFC 9110 §7.6.1): `#connection-option`. An empty value is an empty list. */
[[nodiscard]] constexpr result<token_list> parse_connection(std::string_view s) noexcept {
  return parse_token_list(s);
}

/** Parses Trailer (RFC 9110 §6.6.2): `#field-name`. An empty value is an empty list. */
[[nodiscard]] constexpr result<token_list> parse_trailer(std::string_view s) noexcept {
  return parse_token_list(s);
}

}  // namespace respolicy::grammar

#endif
