//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/cache_control.hpp>

namespace respolicy::grammar {
namespace {

// delta-seconds as parse_delta_seconds() reads it: false when not 1*DIGIT; saturates at 2^31.
bool read_delta(std::string_view a, std::uint32_t& seconds, bool& saturated) noexcept {
  if (a.empty()) return false;
  saturated = false;
  if (a.size() <= 9) {  // below 10^9 < 2^31: no saturation to watch for
    std::uint32_t v = 0;
    for (char ch : a) {
      auto const digit = static_cast<std::uint32_t>(static_cast<unsigned char>(ch) - '0');
      if (digit > 9) return false;
      v = v * 10 + digit;
    }
    seconds = v;
    return true;
  }
  std::uint64_t v = 0;
  for (char ch : a) {
    if (!is_digit(ch)) return false;
    if (!saturated) {
      v = v * 10 + static_cast<std::uint64_t>(ch - '0');
      saturated = v > delta_seconds::max;
    }
  }
  seconds = saturated ? delta_seconds::max : static_cast<std::uint32_t>(v);
  return true;
}

}  // namespace

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
    bool saturated = false;
    if (d.id == cache_directive_id::max_age) {
      if (first && read_delta(d.argument, seconds[0], saturated))
        flags |= cache_control::max_age_valid | (saturated ? cache_control::max_age_saturated : 0);
    } else if (d.id == cache_directive_id::s_maxage) {
      if (first && read_delta(d.argument, seconds[1], saturated))
        flags |=
            cache_control::s_maxage_valid | (saturated ? cache_control::s_maxage_saturated : 0);
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
