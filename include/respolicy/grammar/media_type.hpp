//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_MEDIA_TYPE_HPP
#define RESPOLICY_GRAMMAR_MEDIA_TYPE_HPP

/** @file
    Content-Type (RFC 9110 §8.3): one media type with its parameters.

    @code
    Content-Type    = media-type                                            ; RFC 9110 §8.3
    media-type      = type "/" subtype parameters                           ; §8.3.1
    type            = token
    subtype         = token
    parameters      = *( OWS ";" OWS [ parameter ] )                        ; §5.6.6
    parameter       = parameter-name "=" parameter-value
    parameter-name  = token
    parameter-value = ( token / quoted-string )
    @endcode

    Type, subtype and parameter names are case-insensitive; no whitespace is allowed around "/"
    or "=". Empty parameters (`text/plain;`) are in the grammar. Content-Type is a singleton: a
    comma is a syntax error here.
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/parameters.hpp>

#include <string_view>

namespace respolicy::grammar {

/** A parsed media type; views into the input. */
struct media_type {
  /** The type, as written. */
  std::string_view type;
  /** The subtype, as written. */
  std::string_view subtype;
  /** The parameters. */
  parameter_range parameters;

  /** True when type and subtype are `lower_type` / `lower_subtype`, case-insensitively. */
  constexpr bool is(std::string_view lower_type, std::string_view lower_subtype) const noexcept {
    return iequals(type, lower_type) && iequals(subtype, lower_subtype);
  }
};

/** Parses a media-type (RFC 9110 §8.3.1). */
[[nodiscard]] RESPOLICY_DECL result<media_type> parse_media_type(std::string_view s) noexcept;

/** Parses a Content-Type value (RFC 9110 §8.3): a media-type. */
[[nodiscard]] inline result<media_type> parse_content_type(std::string_view s) noexcept {
  return parse_media_type(s);
}

}  // namespace respolicy::grammar

#endif
