//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/cache_control.hpp>

namespace respolicy::grammar {

result<cache_control> parse_cache_control(std::string_view s) noexcept {
  // The summary is counted in locals, which stay in registers (stores into an object could
  // alias the bytes read), and the object is built once at the end.
  std::uint32_t present = 0, repeated = 0, bare = 0, token_form = 0, quoted_form = 0;
  std::uint32_t size = 0, empties = 0, seconds[2] = {};
  std::uint8_t flags = 0;
  cursor c{s};
  cache_directive d;
  parse_error e;
  while (true) {
    empties += static_cast<std::uint32_t>(c.skip_empty_elements());
    if (c.done()) break;
    if (!detail::read_cache_directive(c, d, e)) return e;
    ++size;
    auto const b = cache_control::bit(d.id);
    bool const first = (present & b) == 0;
    if (d.id != cache_directive_id::extension) repeated |= present & b;
    present |= b;
    if (d.quoted)
      quoted_form |= b;
    else if (d.has_argument)
      token_form |= b;
    else
      bare |= b;
    // RFC 9111 §4.2.1: the first occurrence counts.
    if (d.id == cache_directive_id::max_age && first) {
      if (auto const n = parse_delta_seconds(d.argument)) {
        seconds[0] = n->seconds;
        flags |= cache_control::max_age_valid;
        if (n->saturated) flags |= cache_control::max_age_saturated;
      }
    } else if (d.id == cache_directive_id::s_maxage && first) {
      if (auto const n = parse_delta_seconds(d.argument)) {
        seconds[1] = n->seconds;
        flags |= cache_control::s_maxage_valid;
        if (n->saturated) flags |= cache_control::s_maxage_saturated;
      }
    } else if (d.id == cache_directive_id::no_cache && !d.has_argument) {
      flags |= cache_control::no_cache_bare;
    }
    bool trailing = false;
    if (!c.end_element(trailing))
      return fail(error::syntax, c.pos,
                  c.peek() == '=' ? "no whitespace before '=' in a directive"
                                  : "expected ',' after a directive");
    empties += trailing;
  }
  cache_control cc;
  cc.value_ = s;
  cc.present_ = present;
  cc.repeated_ = repeated;
  cc.bare_ = bare;
  cc.token_form_ = token_form;
  cc.quoted_form_ = quoted_form;
  cc.size_ = size;
  cc.empty_elements_ = empties;
  cc.seconds_[0] = seconds[0];
  cc.seconds_[1] = seconds[1];
  cc.flags_ = flags;
  return cc;
}

}  // namespace respolicy::grammar
