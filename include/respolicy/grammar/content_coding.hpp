//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_CONTENT_CODING_HPP
#define RESPOLICY_GRAMMAR_CONTENT_CODING_HPP

/** @file
    Content-Encoding (RFC 9110 §8.4) and Transfer-Encoding (RFC 9112 §6.1, §7).

    @code
    Content-Encoding   = #content-coding                              ; RFC 9110 §8.4
    content-coding     = token                                        ; §8.4.1
    Transfer-Encoding  = #transfer-coding                             ; RFC 9112 §6.1
    transfer-coding    = token *( OWS ";" OWS transfer-parameter )    ; RFC 9112 §7
    transfer-parameter = token BWS "=" BWS ( token / quoted-string )
    @endcode

    Coding names are case-insensitive. BWS around "=" is accepted and reported in
    `parameter::bws` (senders must not generate it, RFC 9110 §5.6.3).
*/

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>
#include <respolicy/grammar/detail/parameters.hpp>

#include <string_view>

namespace respolicy::grammar {

namespace detail {
/** Parses one content-coding at `c.pos`. */
[[nodiscard]] constexpr result<std::string_view> parse_content_coding_element(cursor& c) noexcept {
  auto t = c.token();
  if (t.empty()) return fail(error::syntax, c.pos, "expected a content-coding (token)");
  return t;
}
}  // namespace detail

/** A list of content-codings, in the order they were applied. */
using content_coding_list = list_view<std::string_view, &detail::parse_content_coding_element>;

/** Parses Content-Encoding (RFC 9110 §8.4). An empty value is an empty list. */
[[nodiscard]] constexpr result<content_coding_list> parse_content_encoding(
    std::string_view s) noexcept {
  auto r = detail::parse_list<std::string_view>(s, &detail::parse_content_coding_element,
                                                detail::accept_all{});
  if (!r) return r.error();
  return content_coding_list(s, *r);
}

/** One transfer-coding with its parameters. */
struct transfer_coding {
  /** The content coding, as written. */
  std::string_view name;
  /** Its parameters. */
  parameter_range parameters;
  bool bws = false;  ///< whitespace around "=" in some parameter

  /** True when the coding is `lower_name`, compared case-insensitively. */
  constexpr bool is(std::string_view lower_name) const noexcept {
    return iequals(name, lower_name);
  }
};

namespace detail {
/** Parses one transfer-coding at `c.pos`. */
[[nodiscard]] constexpr result<transfer_coding> parse_transfer_coding_element(cursor& c) noexcept {
  transfer_coding t;
  t.name = c.token();
  if (t.name.empty()) return fail(error::syntax, c.pos, "expected a transfer-coding (token)");
  auto p = parse_parameters(c, transfer_parameters);
  if (!p) return p.error();
  t.parameters = p->range;
  t.bws = p->bws;
  return t;
}
}  // namespace detail

/** A list of transfer-codings, in the order they were applied. */
using transfer_coding_list = list_view<transfer_coding, &detail::parse_transfer_coding_element>;

/** Parses Transfer-Encoding (RFC 9112 §6.1, §7). An empty value is an empty list. */
[[nodiscard]] constexpr result<transfer_coding_list> parse_transfer_encoding(
    std::string_view s) noexcept {
  auto r = detail::parse_list<transfer_coding>(s, &detail::parse_transfer_coding_element,
                                               detail::accept_all{});
  if (!r) return r.error();
  return transfer_coding_list(s, *r);
}

}  // namespace respolicy::grammar

#endif
