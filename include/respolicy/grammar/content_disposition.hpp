//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_CONTENT_DISPOSITION_HPP
#define RESPOLICY_GRAMMAR_CONTENT_DISPOSITION_HPP

/** @file
    Content-Disposition in HTTP (RFC 6266) and the ext-value of RFC 8187.

    @code
    content-disposition = "Content-Disposition" ":"
                          disposition-type *( ";" disposition-parm )     ; RFC 6266 §4.1
    disposition-type    = "inline" | "attachment" | disp-ext-type      ; case-insensitive
    disp-ext-type       = token
    disposition-parm    = filename-parm | disp-ext-parm
    filename-parm       = "filename" "=" value
                        | "filename*" "=" ext-value
    disp-ext-parm       = token "=" value
                        | ext-token "=" ext-value
    ext-token           = <the characters in token, followed by "*">
    value               = token | quoted-string                         ; RFC 2616 §3.6

    ext-value     = charset  "'" [ language ] "'" value-chars           ; RFC 8187 §3.2.1
    charset       = "UTF-8" / mime-charset
    mime-charset  = 1*mime-charsetc
    mime-charsetc = ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "+" / "-" / "^" / "_" / "`"
                  / "{" / "}" / "~"
    language      = <Language-Tag, see RFC 5646, Section 2.1>
    value-chars   = *( pct-encoded / attr-char )
    pct-encoded   = "%" HEXDIG HEXDIG
    attr-char     = ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`"
                  / "|" / "~"
    @endcode

    RFC 6266 keeps RFC 2616's implied linear whitespace: OWS is accepted around ";" and "=".
    A parameter name that occurs twice (case-insensitively) makes the value invalid (§4.1:
    error::invalid); so does an ext-value whose UTF-8 octets are not UTF-8. Other charsets than
    UTF-8 are accepted as recipients may (RFC 8187 §3.2.1: senders use UTF-8; see
    ext_value::utf8).
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/parameters.hpp>

#include <optional>
#include <string_view>

namespace respolicy::grammar {

/** A parsed ext-value (RFC 8187 §3.2.1); views into the input. */
struct ext_value {
  /** The charset of an extended value (RFC 8187 §3.2). */
  std::string_view charset;
  std::string_view language;  ///< empty when left out
  std::string_view value;     ///< still percent-encoded
  bool utf8 = false;          ///< the charset is UTF-8 (case-insensitive)
};

/** Parses an ext-value (RFC 8187 §3.2.1). */
[[nodiscard]] RESPOLICY_DECL result<ext_value> parse_ext_value(std::string_view s) noexcept;

/** A parsed Content-Disposition value; views into the input. */
struct content_disposition {
  std::string_view type;  ///< "attachment", "inline" or an extension type
  /** The parameters. */
  parameter_range parameters;
  std::optional<parameter> filename;      ///< the filename parameter
  std::optional<parameter> filename_ext;  ///< the filename* parameter

  /** True for "attachment". */
  constexpr bool is_attachment() const noexcept { return iequals(type, "attachment"); }
  /** True for "inline". */
  constexpr bool is_inline() const noexcept { return iequals(type, "inline"); }
};

/** How many parameter names parse_content_disposition() remembers to find a repeated one. */
inline constexpr std::size_t max_compared_disposition_parameters = 64;

/** Parses Content-Disposition (RFC 6266 §4.1). Each parameter name is compared with the first
    max_compared_disposition_parameters names for repetition. */
[[nodiscard]] RESPOLICY_DECL result<content_disposition> parse_content_disposition(
    std::string_view s) noexcept;

}  // namespace respolicy::grammar

#endif
