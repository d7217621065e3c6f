//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_CHALLENGE_HPP
#define RESPOLICY_GRAMMAR_CHALLENGE_HPP

/** @file
    Authentication challenges and parameters (RFC 9110 §11): WWW-Authenticate,
    Proxy-Authenticate, Authentication-Info and Proxy-Authentication-Info.

    @code
    WWW-Authenticate          = #challenge                            ; RFC 9110 §11.6.1
    Proxy-Authenticate        = #challenge                            ; §11.7.1
    Authentication-Info       = #auth-param                           ; §11.6.3
    Proxy-Authentication-Info = #auth-param                           ; §11.7.3
    challenge    = auth-scheme [ 1*SP ( token68 / #auth-param ) ]     ; §11.3
    auth-scheme  = token                                              ; §11.1
    auth-param   = token BWS "=" BWS ( token / quoted-string )        ; §11.2
    token68      = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    @endcode

    Commas separate both the challenges of a list and the auth-params of a challenge. After a
    comma, `token BWS "="` starts another auth-param of the same challenge; anything else starts
    the next challenge (RFC 9110 §11.6.1: `Newauth realm="apps", type=1, Basic realm="simple"`
    is two challenges). A token68 followed by OWS and a comma, or by the end, is a token68 even
    when it ends in "=" (`Basic abc=`).

    Recipients accept BWS around "=" (reported in `parameter::bws`, since senders must not
    generate it, RFC 9110 §5.6.3) and empty list elements. Whether the realm is quoted
    (RFC 9110 §11.5) and whether a parameter name repeats (§11.2) are for the caller: see
    `parameter::quoted` and find_duplicate_parameter().
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>
#include <respolicy/grammar/detail/parameters.hpp>

#include <optional>
#include <string_view>

namespace respolicy::grammar {

struct challenge;

namespace detail {
/** Parses one auth-param at `c.pos`. */
[[nodiscard]] RESPOLICY_DECL result<parameter> parse_auth_param(cursor& c) noexcept;
/** Parses one challenge at `c.pos`, its auth-params included. */
[[nodiscard]] RESPOLICY_DECL result<challenge> parse_challenge(cursor& c) noexcept;
}  // namespace detail

/** A list of auth-params (`#auth-param`). */
using auth_param_list = list_view<parameter, &detail::parse_auth_param>;

/** One challenge: a scheme with a token68, or with auth-params, or with neither. */
struct challenge {
  /** The auth-scheme. */
  std::string_view scheme;
  std::string_view token68;  ///< empty when the challenge has none
  auth_param_list params;    ///< empty when the challenge has a token68 or nothing
  bool bws = false;          ///< whitespace around "=" in some auth-param

  /** True when the scheme is `lower_scheme`, case-insensitively ("basic"). */
  constexpr bool is(std::string_view lower_scheme) const noexcept {
    return iequals(scheme, lower_scheme);
  }
  /** The first auth-param named `lower_name` (case-insensitive). */
  constexpr std::optional<parameter> param(std::string_view lower_name) const noexcept {
    for (auto const& p : params)
      if (p.is(lower_name)) return p;
    return std::nullopt;
  }
};

/** A list of challenges (`#challenge`). */
using challenge_list = list_view<challenge, &detail::parse_challenge>;

/** Parses a WWW-Authenticate or Proxy-Authenticate value (RFC 9110 §11.6.1, §11.7.1). An empty
    value is an empty list. */
[[nodiscard]] RESPOLICY_DECL result<challenge_list> parse_challenges(std::string_view s) noexcept;

/** Parses WWW-Authenticate (RFC 9110 §11.6.1). */
[[nodiscard]] inline result<challenge_list> parse_www_authenticate(std::string_view s) noexcept {
  return parse_challenges(s);
}

/** Parses an Authentication-Info or Proxy-Authentication-Info value (RFC 9110 §11.6.3,
    §11.7.3): `#auth-param`. */
[[nodiscard]] RESPOLICY_DECL result<auth_param_list> parse_auth_params(std::string_view s) noexcept;

/** Parses Authentication-Info (RFC 9110 §11.6.3). */
[[nodiscard]] inline result<auth_param_list> parse_authentication_info(
    std::string_view s) noexcept {
  return parse_auth_params(s);
}

/** How many names find_duplicate_parameter() remembers. */
inline constexpr std::size_t max_compared_parameters = 64;

/** The first auth-param whose name (case-insensitively) occurred before it in the same list, if
    any (RFC 9110 §11.2: each name occurs only once per challenge). Each parameter is compared
    with the first max_compared_parameters names, without allocating. */
[[nodiscard]] RESPOLICY_DECL std::optional<parameter> find_duplicate_parameter(
    auth_param_list const& params) noexcept;

}  // namespace respolicy::grammar

#endif
