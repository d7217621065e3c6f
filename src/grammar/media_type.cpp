//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/media_type.hpp>

#include "grammar/plain.hpp"

namespace respolicy::grammar {

result<media_type> parse_media_type(std::string_view s) noexcept {
  if (media_type m; detail::read_plain_media_type(s, m)) return m;
  if (s.empty()) return fail(error::empty, 0, "expected a media type");
  cursor c{s};
  media_type m;
  m.type = c.token();
  if (m.type.empty()) return fail(error::syntax, c.pos, "expected a type (token)");
  if (!c.consume('/')) return fail(error::syntax, c.pos, "expected '/' after the type");
  m.subtype = c.token();
  if (m.subtype.empty()) return fail(error::syntax, c.pos, "expected a subtype (token)");
  auto p = detail::parse_parameters(c, media_type_parameters);
  if (!p) return p.error();
  m.parameters = p->range;
  if (!c.done()) {
    if (c.peek() == ',')
      return fail(error::trailing, c.pos, "a ',': Content-Type holds one media type");
    return fail(error::trailing, c.pos,
                is_ows(c.peek()) ? "whitespace where ';' or the end was expected"
                                 : "expected ';' or the end of the value");
  }
  return m;
}

}  // namespace respolicy::grammar
