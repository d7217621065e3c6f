//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_GRAMMAR_PLAIN_HPP
#define RESPOLICY_SRC_GRAMMAR_PLAIN_HPP

// The fast entry points of the grammars for the forms servers send: a few tokens, or one
// entity-tag, in at most 32 bytes, read with the byte masks of detail/byte_masks.hpp (SSE2, so not
// in the public headers). Each returns false for any other value, which the full parser reads.
// parse_media_type() and parse_product_list() try theirs first; parse_vary() and
// parse_entity_tag() are constexpr in their public headers and keep their own word-at-a-time
// fast paths (read_whole_entity_tag()), of which the forms here are subsets. The common response
// (src/rules/common_response.cpp) takes these forms only.

#include <respolicy/grammar/entity_tag.hpp>
#include <respolicy/grammar/media_type.hpp>
#include <respolicy/grammar/product.hpp>

#include "detail/byte_masks.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace respolicy::grammar::detail {

using respolicy::detail::byte_masks;
using respolicy::detail::token_reader;

/** media-type (RFC 9110 §8.3.1) as `type "/" subtype *( ";" [SP] token "=" token )`: no
    quoted-string, no OWS but one SP after ";". Sets `m` as parse_media_type() would. */
[[gnu::always_inline]] inline bool read_plain_media_type(std::string_view s,
                                                         media_type& m) noexcept {
  byte_masks b;
  if (!b.load(s)) return false;
  token_reader r(s, b.not_word());
  if (!r.token()) return false;
  auto const slash = r.pos();
  if (!r.consume('/') || !r.token()) return false;
  auto const parameters = r.pos();
  std::size_t count = 0;
  while (!r.done()) {
    if (!r.consume(';')) return false;
    r.consume(' ');
    if (!r.token() || !r.consume('=') || !r.token()) return false;
    ++count;
  }
  // Views made directly: substr() checks its bounds, and may throw, out of line.
  m.type = {s.data(), slash};
  m.subtype = {s.data() + slash + 1, parameters - slash - 1};
  m.parameters =
      parameter_range({s.data() + parameters, s.size() - parameters}, media_type_parameters, count);
  return true;
}

/** A product list (RFC 9110 §10.2) of products only, `token ["/" token] *( SP token ["/" token] )`,
    given the byte_masks::not_word() mask of `s`, which the caller may read too. */
[[gnu::always_inline]] inline bool read_plain_products(std::string_view s, std::uint64_t not_word,
                                                       std::size_t& products) noexcept {
  token_reader r(s, not_word);
  std::size_t n = 0;
  do {
    if (!r.token() || (r.consume('/') && !r.token())) return false;
    ++n;
  } while (r.consume(' '));
  if (!r.done()) return false;
  products = n;
  return true;
}

/** As above, loading the masks; sets `l` as parse_product_list() would. */
inline bool read_plain_product_list(std::string_view s, product_list& l) noexcept {
  byte_masks b;
  std::size_t products = 0;
  if (!b.load(s) || !read_plain_products(s, b.not_word(), products)) return false;
  l = product_list(s, products, 0);
  return true;
}

/** Vary (RFC 9110 §12.5.5) as field names, `token *( "," [SP] token )`, without a "*" anywhere:
    a value parse_vary() reads without `*`, an empty member or other whitespace. */
[[gnu::always_inline]] inline bool is_plain_vary(std::string_view s) noexcept {
  byte_masks b;
  if (!b.load(s)) return false;
  auto const stops = b.not_word();
  // "*" is a tchar, so among the stops: look at those only.
  for (auto rest = stops; rest != 0; rest &= rest - 1)
    if (s[static_cast<std::size_t>(std::countr_zero(rest))] == '*') return false;
  token_reader r(s, stops);
  do {
    if (!r.token()) return false;
    if (r.done()) return true;
  } while (r.consume(',') && (r.consume(' '), true));
  return false;
}

/** entity-tag (RFC 9110 §8.8.3) as `"` *etagc `"` or the same after `W/`, in ASCII and without
    a backslash: the form read_whole_entity_tag() reads, less obs-text (for field-value-ascii to
    judge) and backslashes (etag-no-backslash). */
[[gnu::always_inline]] inline bool is_plain_entity_tag(std::string_view s) noexcept {
  byte_masks b;
  if (!b.load(s) || s.size() < 2 || s.back() != '"') return false;
  std::size_t const open = s.front() == '"' ? 0 : s.size() >= 4 && s.starts_with("W/\"") ? 2 : 1;
  if (open == 1) return false;
  // The two quotes are the only bytes outside etagc, and none is a backslash.
  auto const quotes = std::uint64_t{1} << open | std::uint64_t{1} << (s.size() - 1);
  return b.odd_or('"', ' ', '\\') == quotes;
}

}  // namespace respolicy::grammar::detail

#endif
