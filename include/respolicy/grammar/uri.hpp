//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_URI_HPP
#define RESPOLICY_GRAMMAR_URI_HPP

/** @file
    URI references (RFC 3986), for Location (RFC 9110 §10.2.2: `URI-reference`), Content-Location
    (RFC 9110 §8.7: `absolute-URI / partial-URI`) and Link targets (RFC 8288 §3).

    @code
    URI-reference = URI / relative-ref                                   ; RFC 3986 §4.1
    URI           = scheme ":" hier-part [ "?" query ] [ "#" fragment ]  ; §3
    absolute-URI  = scheme ":" hier-part [ "?" query ]                   ; §4.3
    relative-ref  = relative-part [ "?" query ] [ "#" fragment ]         ; §4.2
    partial-URI   = relative-part [ "?" query ]                          ; RFC 9110 §4.1
    hier-part     = "//" authority path-abempty / path-absolute / path-rootless / path-empty
    relative-part = "//" authority path-abempty / path-absolute / path-noscheme / path-empty
    scheme        = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )            ; §3.1
    authority     = [ userinfo "@" ] host [ ":" port ]                    ; §3.2
    userinfo      = *( unreserved / pct-encoded / sub-delims / ":" )
    host          = IP-literal / IPv4address / reg-name
    IP-literal    = "[" ( IPv6address / IPvFuture ) "]"
    IPvFuture     = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
    reg-name      = *( unreserved / pct-encoded / sub-delims )
    port          = *DIGIT
    path-abempty  = *( "/" segment )                                      ; §3.3
    path-absolute = "/" [ segment-nz *( "/" segment ) ]
    path-noscheme = segment-nz-nc *( "/" segment )
    path-rootless = segment-nz *( "/" segment )
    segment-nz-nc = 1*( unreserved / pct-encoded / sub-delims / "@" )
    pchar         = unreserved / pct-encoded / sub-delims / ":" / "@"
    query         = *( pchar / "/" / "?" )                                ; §3.4
    fragment      = *( pchar / "/" / "?" )                                ; §3.5
    pct-encoded   = "%" HEXDIG HEXDIG                                     ; §2.1
    unreserved    = ALPHA / DIGIT / "-" / "." / "_" / "~"
    sub-delims    = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
    @endcode

    There is no lenient form: a recipient has no obsolete URI syntax to accept. Spaces, non-ASCII
    bytes, `\`, `"`, `<`, `>`, `{`, `}`, `|`, `^` and backquotes are outside the grammar and
    must be percent-encoded; port numbers are not range-checked (RFC 3986 §3.2.3 gives none).
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>

#include <cstdint>
#include <string_view>

namespace respolicy::grammar {

/** What kind of host a URI names. */
enum class host_kind : std::uint8_t {
  none,        ///< no authority
  reg_name,    ///< a registered name (possibly empty)
  ipv4,        ///< IPv4address
  ipv6,        ///< "[" IPv6address "]"
  ipv_future,  ///< "[" IPvFuture "]"
};

/** A parsed URI reference; every part is a view into the input. A part that is absent is empty
    and its `has_` flag false (an empty query `?` is present but empty). */
struct uri_reference {
  std::string_view scheme;     ///< without the ":"
  std::string_view authority;  ///< without the "//"
  std::string_view userinfo;   ///< without the "@"
  std::string_view host;       ///< IP literals with their brackets
  std::string_view port;       ///< without the ":"
  /** The path, possibly empty. */
  std::string_view path;
  std::string_view query;     ///< without the "?"
  std::string_view fragment;  ///< without the "#"
  /** What the host is. */
  host_kind host_type = host_kind::none;
  /** True when a scheme is present. */
  bool has_scheme = false;
  /** True when an authority ("//host") is present. */
  bool has_authority = false;
  /** True when userinfo is present. */
  bool has_userinfo = false;
  /** True when a port is present. */
  bool has_port = false;
  /** True when a query is present. */
  bool has_query = false;
  /** True when a fragment is present. */
  bool has_fragment = false;

  /** True for an absolute URI (one with a scheme). */
  constexpr bool is_absolute() const noexcept { return has_scheme; }
};

/** Parses `URI-reference` (RFC 3986 §4.1): a URI or a relative reference. The empty string is a
    valid (relative) reference to the current document. */
[[nodiscard]] RESPOLICY_DECL result<uri_reference> parse_uri_reference(std::string_view s) noexcept;

/** Parses `URI` (RFC 3986 §3): a scheme is required, a fragment allowed. */
[[nodiscard]] RESPOLICY_DECL result<uri_reference> parse_uri(std::string_view s) noexcept;

/** Parses `absolute-URI` (RFC 3986 §4.3): a scheme, and no fragment. */
[[nodiscard]] RESPOLICY_DECL result<uri_reference> parse_absolute_uri(std::string_view s) noexcept;

/** Parses `relative-ref` (RFC 3986 §4.2): no scheme. */
[[nodiscard]] RESPOLICY_DECL result<uri_reference> parse_relative_ref(std::string_view s) noexcept;

/** Parses `partial-URI` (RFC 9110 §4.1): `relative-part [ "?" query ]`, no fragment. */
[[nodiscard]] RESPOLICY_DECL result<uri_reference> parse_partial_uri(std::string_view s) noexcept;

/** Parses Content-Location (RFC 9110 §8.7): `absolute-URI / partial-URI`, no fragment. */
[[nodiscard]] RESPOLICY_DECL result<uri_reference> parse_content_location(
    std::string_view s) noexcept;

/** Parses Location (RFC 9110 §10.2.2): one `URI-reference`. */
[[nodiscard]] inline result<uri_reference> parse_location(std::string_view s) noexcept {
  return parse_uri_reference(s);
}

/** True when `s` is an IPv6address (RFC 3986 §3.2.2), without brackets. */
[[nodiscard]] RESPOLICY_DECL bool is_ipv6_address(std::string_view s) noexcept;

/** True when `s` is an IPv4address (RFC 3986 §3.2.2): four dec-octets, no leading zeros. */
[[nodiscard]] RESPOLICY_DECL bool is_ipv4_address(std::string_view s) noexcept;

}  // namespace respolicy::grammar

#endif
