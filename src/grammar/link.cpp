//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/link.hpp>

#include <respolicy/grammar/content_disposition.hpp>
#include <respolicy/grammar/uri.hpp>

namespace respolicy::grammar {

namespace detail {

result<link_value> parse_link_element(cursor& c) noexcept {
  link_value l;
  if (!c.consume('<')) return fail(error::syntax, c.pos, "expected '<' to open a link target");
  auto const start = c.pos;
  auto const close = c.s.find('>', start);
  if (close == std::string_view::npos)
    return fail(error::syntax, c.s.size(), "unterminated link target (no '>')");
  l.target = c.s.substr(start, close - start);
  if (auto u = parse_uri_reference(l.target); !u)
    return parse_error{u.error().code, start + u.error().offset, u.error().what};
  c.pos = close + 1;
  auto p = parse_parameters(c, link_parameters, [&](parameter const& param, std::size_t at) {
    if (param.is("rel") && l.rel_count++ == 0) l.rel = param;
    if (!param.name.empty() && param.name.back() == '*') {
      if (!param.has_value)
        return fail(error::syntax, at + param.name.size(), "expected '=' and an ext-value");
      if (param.quoted) return fail(error::syntax, at, "an ext-value is never quoted (RFC 8187)");
      if (auto e = parse_ext_value(param.value); !e) {
        auto const value_at = static_cast<std::size_t>(param.value.data() - c.s.data());
        return parse_error{e.error().code, value_at + e.error().offset, e.error().what};
      }
    }
    return parse_error{};
  });
  if (!p) return p.error();
  l.parameters = p->range;
  l.bws = p->bws;
  return l;
}

}  // namespace detail

result<link_list> parse_link(std::string_view s) noexcept {
  auto r = detail::parse_list<link_value>(s, &detail::parse_link_element, detail::accept_all{});
  if (!r) return r.error();
  return link_list(s, *r);
}

}  // namespace respolicy::grammar
