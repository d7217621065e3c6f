//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/cache_control.hpp>

namespace respolicy::grammar {

// delta-seconds as parse_delta_seconds() reads it, written straight into the summary.
void cache_control::read_delta(std::string_view a, cache_control& cc, int i) noexcept {
  std::uint64_t v = 0;
  bool saturated = false;
  for (char ch : a) {
    if (!is_digit(ch)) return;
    if (!saturated) {
      v = v * 10 + static_cast<std::uint64_t>(ch - '0');
      saturated = v > delta_seconds::max;
    }
  }
  if (a.empty()) return;
  cc.valid_[i] = true;
  cc.saturated_[i] = saturated;
  cc.seconds_[i] = saturated ? delta_seconds::max : static_cast<std::uint32_t>(v);
}

result<cache_control> parse_cache_control(std::string_view s) noexcept {
  cache_control cc;
  cc.value_ = s;
  cursor c{s};
  cache_directive d;
  parse_error e;
  while (true) {
    cc.empty_elements_ += c.skip_empty_elements();
    if (c.done()) break;
    if (!detail::read_cache_directive(c, d, e)) return e;
    ++cc.size_;
    auto const b = cache_control::bit(d.id);
    bool const first = (cc.present_ & b) == 0;
    if (d.id != cache_directive_id::extension) cc.repeated_ |= cc.present_ & b;
    cc.present_ |= b;
    (d.quoted ? cc.quoted_form_ : d.has_argument ? cc.token_form_ : cc.bare_) |= b;
    switch (d.id) {
      // RFC 9111 §4.2.1: the first occurrence counts.
      case cache_directive_id::max_age:
        if (first && d.has_argument) cache_control::read_delta(d.argument, cc, 0);
        break;
      case cache_directive_id::s_maxage:
        if (first && d.has_argument) cache_control::read_delta(d.argument, cc, 1);
        break;
      case cache_directive_id::no_cache: cc.no_cache_unqualified_ |= !d.has_argument; break;
      default: break;
    }
    bool trailing = false;
    if (!c.end_element(trailing))
      return fail(error::syntax, c.pos,
                  c.peek() == '=' ? "no whitespace before '=' in a directive"
                                  : "expected ',' after a directive");
    cc.empty_elements_ += trailing;
  }
  return cc;
}

}  // namespace respolicy::grammar
