//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_ENTITY_TAG_HPP
#define RESPOLICY_GRAMMAR_ENTITY_TAG_HPP

/** @file
    Entity tags (RFC 9110 §8.8.3): the value of ETag, and the lists of If-Match (§13.1.1) and
    If-None-Match (§13.1.2).

    @code
    ETag          = entity-tag
    entity-tag    = [ weak ] opaque-tag
    weak          = %s"W/"
    opaque-tag    = DQUOTE *etagc DQUOTE
    etagc         = %x21 / %x23-7E / obs-text
                  ; VCHAR except double quotes, plus obs-text
    If-Match      = "*" / #entity-tag
    If-None-Match = "*" / #entity-tag
    @endcode

    Examples from the RFC: `"xyzzy"`, `W/"xyzzy"`, `""` (§8.8.3); `W/"1"`, `W/"2"`, `"1"` (the
    comparison table of §8.8.3.2); `"xyzzy", "r2d2xxxx", "c3piozzzz"` and `*` (§13.1.1, §13.1.2).

    `W/` is case-sensitive; no whitespace inside an entity-tag; a backslash is an ordinary etagc
    (recipients must not unescape it, though some do: see the etag-no-backslash rule).
*/

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>

#include <cstddef>
#include <iterator>
#include <string_view>
#include <type_traits>

namespace respolicy::grammar {

/** etagc (RFC 9110 §8.8.3). */
constexpr bool is_etagc(char c) noexcept {
  auto const u = static_cast<unsigned char>(c);  // %x21 / %x23-7E / %x80-FF
  return u > 0x20 && u != 0x22 && u != 0x7f;
}

namespace detail {

/** What one pass over the inside of an opaque-tag finds. */
struct etagc_scan {
  bool bad = false;        ///< a byte that is not an etagc
  bool backslash = false;  ///< a backslash, which some recipients unescape
};

/** Scans `s` eight bytes at a time, without a branch per byte. */
constexpr etagc_scan scan_etagc(std::string_view s) noexcept {
  etagc_scan r;
  if (std::is_constant_evaluated()) {
    for (char ch : s) {
      r.bad |= !is_etagc(ch);
      r.backslash |= ch == '\\';
    }
    return r;
  }
  std::uint64_t bad = 0, backslash = 0;  // masks, tested once at the end
  auto const check = [&](std::uint64_t w) {
    bad |= byte_below_mask(w, 0x21) | byte_mask(w, '"') | byte_mask(w, 0x7f);
    backslash |= byte_mask(w, '\\');
  };
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) check(load_le(s.data() + i, 8));
  if (auto const rest = s.size() - i; rest != 0)  // padded with 'a', which passes
    check(load_le(s.data() + i, rest) | (0x6161616161616161ull << (8 * rest)));
  r.bad = bad != 0;
  r.backslash = backslash != 0;
  return r;
}

}  // namespace detail

/** True when every byte of `s` is an etagc: eight bytes at a time, without a branch per byte. */
constexpr bool all_etagc(std::string_view s) noexcept { return !detail::scan_etagc(s).bad; }

/** A parsed entity-tag; its views refer into the parsed value. */
struct entity_tag {
  /** True for a weak tag (W/ prefix). */
  bool weak = false;
  std::string_view opaque;  ///< the characters between the double quotes
  std::string_view text;    ///< the whole tag as written, `W/` and quotes included
};

/** The strong comparison of RFC 9110 §8.8.3.2: both strong and identical. */
constexpr bool strong_compare(entity_tag const& a, entity_tag const& b) noexcept {
  return !a.weak && !b.weak && a.opaque == b.opaque;
}

/** The weak comparison of RFC 9110 §8.8.3.2: identical opaque-tags, weak or not. */
constexpr bool weak_compare(entity_tag const& a, entity_tag const& b) noexcept {
  return a.opaque == b.opaque;
}

namespace detail {

/** The common case, tried first: `"..."` or `W/"..."` filling `s`, its inside checked in one
    pass that also says whether it holds a backslash. False for anything else, which the byte
    loop of parse_entity_tag() reads and explains. */
constexpr bool read_whole_entity_tag(std::string_view s, entity_tag& t, bool& backslash) noexcept {
  auto const open = s.starts_with("W/\"") ? 3u : !s.empty() && s.front() == '"' ? 1u : 0u;
  if (open == 0 || s.size() <= open || s.back() != '"') return false;
  auto const opaque = s.substr(open, s.size() - 1 - open);
  auto const scan = scan_etagc(opaque);
  if (scan.bad) return false;
  t.weak = open == 3;
  t.opaque = opaque;
  t.text = s;
  backslash = scan.backslash;
  return true;
}

/** Reads one entity-tag at c.pos; on failure `e` says where and why. */
constexpr bool read_entity_tag(cursor& c, entity_tag& t, parse_error& e) noexcept {
  auto const start = c.pos;
  t.weak = false;
  if (c.consume('W')) {
    if (!c.consume('/')) return e = fail(error::syntax, c.pos, "expected '/' after W"), false;
    t.weak = true;
  }
  if (!c.consume('"')) {
    e = fail(error::syntax, c.pos,
             c.peek() == 'w' ? "the weak prefix is W/, upper case"
                             : "expected DQUOTE opening the entity-tag");
    return false;
  }
  auto const open = c.pos, n = c.s.size();
  auto p = open;  // a local, not c.pos: see cursor::token()
  while (p < n && is_etagc(c.s[p])) ++p;
  c.pos = p;
  if (!c.consume('"')) {
    e = fail(error::syntax, c.pos,
             c.done() ? "expected DQUOTE closing the entity-tag"
                      : "byte not allowed in an entity-tag (etagc)");
    return false;
  }
  t.opaque = c.s.substr(open, c.pos - 1 - open);
  t.text = c.s.substr(start, c.pos - start);
  return true;
}

}  // namespace detail

/** Parses one entity-tag: the ETag field value.

    @code
    auto t = respolicy::grammar::parse_entity_tag("W/\"xyzzy\"");  // t->weak, t->opaque == "xyzzy"
    @endcode
*/
[[nodiscard]] constexpr result<entity_tag> parse_entity_tag(std::string_view s) noexcept {
  if (s.empty()) return fail(error::empty, 0, "empty entity-tag");
  entity_tag t;
  if (bool backslash = false; detail::read_whole_entity_tag(s, t, backslash)) return t;
  cursor c{s};
  parse_error e;
  if (!detail::read_entity_tag(c, t, e)) return e;
  if (!c.done()) return fail(error::trailing, c.pos, "bytes after the entity-tag");
  return t;
}

/** `"*" / #entity-tag` (If-Match, If-None-Match), validated once, then iterated without
    allocation. */
class entity_tag_list {
 public:
  /** A forward iterator over the entity tags (none for `*`). */
  using iterator = detail::list_iterator<detail::read_step<entity_tag, &detail::read_entity_tag>,
                                         entity_tag const&>;

  constexpr entity_tag_list() noexcept = default;

  /** The first element. */
  constexpr iterator begin() const noexcept { return any_ ? end() : iterator(value_); }
  /** Past the last element. */
  constexpr iterator end() const noexcept { return {}; }
  /** True for `*`. */
  constexpr bool any() const noexcept { return any_; }
  /** The number of entity tags (0 for `*`). */
  constexpr std::size_t size() const noexcept { return size_; }
  /** The number of empty list elements, which a recipient ignores. */
  constexpr std::size_t empty_elements() const noexcept { return empty_elements_; }
  /** The field value parsed. */
  constexpr std::string_view value() const noexcept { return value_; }

  /** True when `*`, or when a member matches `t` by the strong comparison (If-Match). */
  constexpr bool strong_match(entity_tag const& t) const noexcept {
    if (any_) return true;
    for (auto const& m : *this)
      if (strong_compare(m, t)) return true;
    return false;
  }
  /** True when `*`, or when a member matches `t` by the weak comparison (If-None-Match). */
  constexpr bool weak_match(entity_tag const& t) const noexcept {
    if (any_) return true;
    for (auto const& m : *this)
      if (weak_compare(m, t)) return true;
    return false;
  }

 private:
  friend constexpr result<entity_tag_list> parse_entity_tag_list(std::string_view s) noexcept;
  std::string_view value_;
  std::size_t size_ = 0;
  std::size_t empty_elements_ = 0;
  bool any_ = false;
};

/** Parses `"*" / #entity-tag`. Lenient as a recipient: empty elements and OWS at either end are
    accepted; an empty value is an empty list. `*` must stand alone.

    @code
    auto l = respolicy::grammar::parse_entity_tag_list("\"xyzzy\", \"r2d2xxxx\", \"c3piozzzz\"");
    for (auto const& t : *l) use(t.opaque);
    @endcode
*/
[[nodiscard]] constexpr result<entity_tag_list> parse_entity_tag_list(std::string_view s) noexcept {
  entity_tag_list l;
  l.value_ = s;
  auto const trimmed = trim_ows(s);
  if (trimmed == "*") {
    l.any_ = true;
    return l;
  }
  cursor c{s};
  while (true) {
    l.empty_elements_ += c.skip_empty_elements();
    if (c.done()) break;
    entity_tag t;
    parse_error e;
    if (c.peek() == '*') return fail(error::syntax, c.pos, "'*' must be the whole list");
    if (!detail::read_entity_tag(c, t, e)) return e;
    ++l.size_;
    bool trailing = false;
    if (!c.end_element(trailing))
      return fail(error::syntax, c.pos, "expected ',' after an entity-tag");
    l.empty_elements_ += trailing;
  }
  return l;
}

}  // namespace respolicy::grammar

#endif
