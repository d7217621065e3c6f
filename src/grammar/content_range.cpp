//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/content_range.hpp>

namespace respolicy::grammar {
namespace {

// Reads 1*DIGIT at c.pos; fails with syntax (no digit) or overflow.
bool number(cursor& c, std::uint64_t& v, parse_error& e, std::string_view what) noexcept {
  bool overflow = false;
  auto const at = c.pos;
  if (c.digits(v, overflow)) return true;
  e = overflow ? fail(error::overflow, at, "number above 2^64-1")
               : fail(error::syntax, c.pos, what);
  return false;
}

// range-resp / unsatisfied-range, starting at c.pos.
bool read_range(cursor& c, content_range& r, parse_error& e) noexcept {
  if (c.consume('*')) {
    r.form = content_range::kind::unsatisfied;
    if (!c.consume('/')) return e = fail(error::syntax, c.pos, "expected '/' after '*'"), false;
    if (!number(c, r.complete, e, "expected complete-length after \"*/\"")) return false;
    r.complete_known = true;
  } else {
    r.form = content_range::kind::satisfied;
    if (!number(c, r.first, e, "expected first-pos or '*'")) return false;
    if (!c.consume('-'))
      return e = fail(error::syntax, c.pos, "expected '-' after first-pos"), false;
    auto const last_at = c.pos;
    if (!number(c, r.last, e, "expected last-pos")) return false;
    if (!c.consume('/'))
      return e = fail(error::syntax, c.pos, "expected '/' after last-pos"), false;
    auto const complete_at = c.pos;
    if (!c.consume('*')) {
      if (!number(c, r.complete, e, "expected complete-length or '*'")) return false;
      r.complete_known = true;
    }
    if (!c.done()) return e = fail(error::trailing, c.pos, "bytes after the range"), false;
    if (r.last < r.first)
      return e = fail(error::invalid, last_at, "last-pos below first-pos"), false;
    // Byte positions are offsets from zero, so the last one is below the length; another unit
    // says how it counts (RFC 9110 §14.1.1), "pages 1-1/1" being page one of one.
    if (r.complete_known && r.complete <= r.last && r.bytes())
      return e = fail(error::invalid, complete_at, "complete-length not above last-pos"), false;
    return true;
  }
  if (!c.done()) return e = fail(error::trailing, c.pos, "bytes after the range"), false;
  return true;
}

}  // namespace

result<content_range> parse_content_range(std::string_view s) noexcept {
  if (s.empty()) return fail(error::empty, 0, "empty Content-Range");
  cursor c{s};
  content_range r;
  r.unit = c.token();
  if (r.unit.empty()) return fail(error::syntax, 0, "expected a range-unit");
  if (!c.consume(' ')) return fail(error::syntax, c.pos, "expected SP after the range-unit");
  r.range = s.substr(c.pos);
  parse_error e;
  if (read_range(c, r, e)) return r;
  if (r.bytes() || e.code == error::invalid || e.code == error::overflow) return e;
  // Another unit may define a range form of its own (RFC 9110 §14.1).
  if (r.range.empty()) return fail(error::syntax, c.pos, "expected a range after the unit");
  auto const start = s.size() - r.range.size();
  if (is_ows(r.range.front())) return fail(error::syntax, start, "expected a range after one SP");
  for (std::size_t i = 0; i < r.range.size(); ++i) {
    auto const ch = static_cast<unsigned char>(r.range[i]);
    if ((ch < 0x20 && ch != '\t') || ch == 0x7f)
      return fail(error::syntax, start + i, "control character in the range");
  }
  content_range o;
  o.unit = r.unit;
  o.range = r.range;
  o.form = content_range::kind::other;
  return o;
}

}  // namespace respolicy::grammar
