//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_PRODUCT_HPP
#define RESPOLICY_GRAMMAR_PRODUCT_HPP

/** @file
    Server (RFC 9110 §10.2.4) and the same product list in User-Agent (§10.1.5).

    @code
    Server          = product *( RWS ( product / comment ) )      ; RFC 9110 §10.2.4
    product         = token ["/" product-version]                 ; §10.1.5
    product-version = token
    comment         = "(" *( ctext / quoted-pair / comment ) ")"  ; §5.6.5
    ctext           = HTAB / SP / %x21-27 / %x2A-5B / %x5D-7E / obs-text
    quoted-pair     = "\" ( HTAB / SP / VCHAR / obs-text )         ; §5.6.4
    RWS             = 1*( SP / HTAB )                              ; §5.6.3
    @endcode

    Comments nest to any depth (counted, not recursed). The first item is a product, never a
    comment; no whitespace around "/".
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace respolicy::grammar {

/** One item of a product list: a product or a comment. */
struct product_item {
  /** A product or a comment. */
  enum kind_type : std::uint8_t { product, comment };
  /** Which the item is. */
  kind_type kind = product;
  std::string_view name;     ///< product: the name
  std::string_view version;  ///< product: the version, or empty
  std::string_view text;     ///< the item as written (a comment with its parentheses)
  /** True when the product has a version. */
  bool has_version = false;
};

namespace detail {
/** Parses one product or comment at `c.pos`. */
[[nodiscard]] RESPOLICY_DECL result<product_item> parse_product_item(cursor& c) noexcept;

/** parse_product_item() for product_list's iterator: the address of an inline function is a
    constant in every build, that of one imported from a DLL is not. */
inline result<product_item> read_product_item(cursor& c) noexcept { return parse_product_item(c); }
}  // namespace detail

/** A parsed product list, read again item by item when iterated. */
class product_list {
 public:
  constexpr product_list() noexcept = default;
  /** A list over `text`, counted as parsed. */
  constexpr product_list(std::string_view text, std::size_t products, std::size_t comments) noexcept
      : text_(text), products_(products), comments_(comments) {}

  /** The field value. */
  constexpr std::string_view text() const noexcept { return text_; }
  /** The number of products, the first one included. */
  constexpr std::size_t products() const noexcept { return products_; }
  /** The number of comments. */
  constexpr std::size_t comments() const noexcept { return comments_; }
  /** The number of products and comments. */
  constexpr std::size_t size() const noexcept { return products_ + comments_; }

  /** A forward iterator over the products and comments. */
  using iterator = detail::list_iterator<
      detail::read_step<product_item, &detail::read_product_item, /*Commas=*/false>>;

  /** The first element. */
  iterator begin() const noexcept { return iterator(text_); }
  /** Past the last element. */
  iterator end() const noexcept { return iterator(); }

 private:
  std::string_view text_;
  std::size_t products_ = 0;
  std::size_t comments_ = 0;
};

/** Parses a product list: `product *( RWS ( product / comment ) )`. */
[[nodiscard]] RESPOLICY_DECL result<product_list> parse_product_list(std::string_view s) noexcept;

/** Parses Server (RFC 9110 §10.2.4). */
[[nodiscard]] inline result<product_list> parse_server(std::string_view s) noexcept {
  return parse_product_list(s);
}

}  // namespace respolicy::grammar

#endif
