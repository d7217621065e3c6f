//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/product.hpp>

#include <respolicy/grammar/detail/parameters.hpp>

#include "grammar/plain.hpp"

namespace respolicy::grammar {

namespace detail {

result<product_item> parse_product_item(cursor& c) noexcept {
  product_item item;
  auto const start = c.pos;
  if (c.peek() == '(') {
    auto r = parse_comment(c);
    if (!r) return r.error();
    item.kind = product_item::comment;
    item.text = *r;
    return item;
  }
  item.name = c.token();
  if (item.name.empty())
    return fail(error::syntax, c.pos, "expected a product (token) or a comment");
  if (c.consume('/')) {
    item.version = c.token();
    if (item.version.empty())
      return fail(error::syntax, c.pos, "expected a product version (token) after '/'");
    item.has_version = true;
  }
  item.text = c.s.substr(start, c.pos - start);
  return item;
}

}  // namespace detail

result<product_list> parse_product_list(std::string_view s) noexcept {
  if (product_list l; detail::read_plain_product_list(s, l)) return l;
  if (s.empty()) return fail(error::empty, 0, "expected a product");
  cursor c{s};
  if (c.peek() == '(') return fail(error::syntax, 0, "the first item is a product, not a comment");
  std::size_t products = 0, comments = 0;
  for (;;) {
    // The items are read here rather than with parse_product_item(): Server is on most
    // responses, and this loop builds no product_item.
    if (c.peek() == '(') {
      auto r = detail::parse_comment(c);
      if (!r) return r.error();
      ++comments;
    } else {
      if (c.token().empty())
        return fail(error::syntax, c.pos, "expected a product (token) or a comment");
      if (c.consume('/') && c.token().empty())
        return fail(error::syntax, c.pos, "expected a product version (token) after '/'");
      ++products;
    }
    if (c.done()) break;
    auto const before = c.pos;
    c.skip_ows();  // RWS
    if (c.pos == before)
      return fail(
          error::syntax, c.pos,
          c.peek() == '/' ? "a product has one version" : "expected whitespace between items");
    if (c.done()) return fail(error::syntax, before, "trailing whitespace");
  }
  return product_list(s, products, comments);
}

}  // namespace respolicy::grammar
