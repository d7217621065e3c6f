//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/via.hpp>

#include <respolicy/grammar/detail/parameters.hpp>
#include <respolicy/grammar/uri.hpp>

namespace respolicy::grammar {

namespace detail {

result<via_entry> parse_via_element(cursor& c) noexcept {
  via_entry v;
  // received-protocol = [ protocol-name "/" ] protocol-version
  auto first = c.token();
  if (first.empty()) return fail(error::syntax, c.pos, "expected a received-protocol (token)");
  if (c.consume('/')) {
    v.protocol_name = first;
    v.protocol_version = c.token();
    if (v.protocol_version.empty())
      return fail(error::syntax, c.pos, "expected a protocol version after '/'");
  } else {
    v.protocol_version = first;
  }
  // RWS received-by
  auto const before = c.pos;
  c.skip_ows();
  if (c.pos == before || c.done() || c.peek() == ',')
    return fail(error::syntax, c.pos, "expected whitespace and received-by after the protocol");
  if (c.peek() == '[') {
    auto const start = c.pos;
    auto const close = c.s.find(']', start);
    if (close == std::string_view::npos ||
        !is_ipv6_address(c.s.substr(start + 1, close - start - 1)))
      return fail(error::syntax, start + 1, "invalid IPv6 literal in received-by");
    c.pos = close + 1;
    v.received_by = c.s.substr(start, c.pos - start);
    v.ip_literal = true;
  } else {
    v.received_by = c.token();
    if (v.received_by.empty())
      return fail(error::syntax, c.pos, "expected received-by (a pseudonym or host)");
  }
  if (c.consume(':')) {
    auto const start = c.pos;
    while (!c.done() && is_digit(c.peek())) ++c.pos;
    v.port = c.s.substr(start, c.pos - start);
    v.has_port = true;
  }
  // [ RWS comment ]
  auto const after = c.pos;
  c.skip_ows();
  if (c.pos > after && c.peek() == '(') {
    auto r = parse_comment(c);
    if (!r) return r.error();
    v.comment = *r;
  } else {
    c.pos = after;
  }
  return v;
}

}  // namespace detail

result<via_list> parse_via(std::string_view s) noexcept {
  auto r = detail::parse_list<via_entry>(s, &detail::parse_via_element, detail::accept_all{});
  if (!r) return r.error();
  return via_list(s, *r);
}

}  // namespace respolicy::grammar
