//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/language_tag.hpp>

#include <respolicy/grammar/detail/name_set.hpp>

namespace respolicy::grammar {
namespace {

constexpr bool is_alnum(char c) noexcept { return is_alpha(c) || is_digit(c); }

// The grandfathered tags of RFC 5646 §2.1; the irregular ones do not match langtag.
constexpr std::string_view irregular[] = {
    "en-gb-oed", "i-ami", "i-bnn",     "i-default", "i-enochian", "i-hak",
    "i-klingon", "i-lux", "i-mingo",   "i-navajo",  "i-pwn",      "i-tao",
    "i-tay",     "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
};
constexpr std::string_view regular[] = {
    "art-lojban", "cel-gaulish", "no-bok",     "no-nyn",   "zh-guoyu",
    "zh-hakka",   "zh-min",      "zh-min-nan", "zh-xiang",
};

// The subtags of a tag, one by one, with their offsets and what they hold. The tag has been
// checked already: subtags of 1 to 8 letters and digits, separated by single '-'.
struct subtags {
  std::string_view s;
  std::size_t pos = 0;
  std::string_view current;
  std::size_t at = 0;
  bool alpha = false;  // letters only
  bool digit = false;  // digits only

  bool next() noexcept {
    if (pos > s.size()) {
      current = {};
      return false;
    }
    at = pos;
    bool a = true, d = true;
    auto i = pos;
    for (; i < s.size() && s[i] != '-'; ++i) {
      a &= is_alpha(s[i]);
      d &= is_digit(s[i]);
    }
    current = s.substr(pos, i - pos);
    alpha = a;
    digit = d;
    pos = i + 1;
    return true;
  }
  bool more() const noexcept { return !current.empty(); }
};

constexpr std::size_t max_compared_variants = 16;

// langtag / privateuse, on a tag whose characters and subtag lengths are checked already.
result<language_tag> parse_langtag(std::string_view s) noexcept {
  language_tag t;
  t.tag = s;
  subtags st{s, 0, {}, 0, false, false};
  st.next();

  auto privateuse = [&]() -> result<language_tag> {
    // privateuse = "x" 1*("-" (1*8alphanum))
    if (!st.next()) return fail(error::syntax, s.size(), "expected a subtag after 'x'");
    while (st.next()) {
    }
    return t;
  };

  if (iequals(st.current, "x")) {
    t.kind = language_tag_kind::privateuse;
    return privateuse();
  }

  // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
  if (st.current.size() < 2 || !st.alpha)
    return fail(error::syntax, 0, "the primary language subtag has 2 to 8 letters");
  t.language = st.current;
  st.next();
  if (t.language.size() <= 3) {
    // extlang = 3ALPHA *2("-" 3ALPHA)
    auto const start = st.at;
    int n = 0;
    while (st.more() && st.current.size() == 3 && st.alpha) {
      if (++n > 3) return fail(error::syntax, st.at, "at most three extlang subtags");
      t.extlang = s.substr(start, st.at + 3 - start);
      st.next();
    }
  }
  // script = 4ALPHA
  if (st.more() && st.current.size() == 4 && st.alpha) {
    t.script = st.current;
    st.next();
  }
  // region = 2ALPHA / 3DIGIT
  if (st.more() && ((st.current.size() == 2 && st.alpha) || (st.current.size() == 3 && st.digit))) {
    t.region = st.current;
    st.next();
  }
  // variant = 5*8alphanum / (DIGIT 3alphanum)
  detail::name_set<max_compared_variants> variants;
  while (st.more() &&
         (st.current.size() >= 5 || (st.current.size() == 4 && is_digit(st.current[0])))) {
    if (!variants.insert(st.current))
      return fail(error::invalid, st.at, "a variant subtag occurs twice (RFC 5646 §2.2.5)");
    st.next();
  }
  // extension = singleton 1*("-" (2*8alphanum))
  std::uint64_t singletons = 0;
  while (st.more() && st.current.size() == 1 && !iequals(st.current, "x")) {
    char c = st.current[0];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    auto const bit = std::uint64_t{1} << (is_digit(c) ? c - '0' : 10 + (c - 'a'));
    if (singletons & bit)
      return fail(error::invalid, st.at, "an extension singleton occurs twice (RFC 5646 §2.2.6)");
    singletons |= bit;
    auto const singleton_at = st.at;
    std::size_t n = 0;
    while (st.next() && st.more() && st.current.size() >= 2) ++n;
    if (n == 0)
      return fail(error::syntax, singleton_at, "an extension singleton needs a subtag after it");
  }
  // privateuse
  if (st.more() && iequals(st.current, "x")) return privateuse();
  if (st.more()) return fail(error::syntax, st.at, "a subtag out of place in a language tag");
  if (s.size() >= 6 && s.size() <= 11)  // the lengths of the regular grandfathered tags
    for (auto g : regular)
      if (iequals(s, g)) t.kind = language_tag_kind::grandfathered;
  return t;
}

}  // namespace

result<language_tag> parse_language_tag(std::string_view s) noexcept {
  if (s.empty()) return fail(error::empty, 0, "expected a language tag");
  for (std::size_t i = 0, start = 0; i < s.size(); ++i) {
    char const c = s[i];
    if (c == '-') {
      if (i == 0 || i + 1 == s.size() || s[i + 1] == '-')
        return fail(error::syntax, i == 0 || s[i - 1] == '-' ? i : i + 1, "an empty subtag");
      start = i + 1;
    } else if (i - start == 8) {
      return fail(error::syntax, start, "a subtag has at most 8 characters");
    } else if (!is_alnum(c)) {
      return fail(error::syntax, i,
                  c == '_' ? "subtags are separated by '-', not '_'"
                           : "a language tag holds letters, digits and '-' only");
    }
  }
  auto r = parse_langtag(s);
  if (!r)  // the irregular grandfathered tags are the only well-formed tags that are not langtag
    for (auto g : irregular)
      if (iequals(s, g)) {
        language_tag t;
        t.tag = s;
        t.kind = language_tag_kind::grandfathered;
        return t;
      }
  return r;
}

namespace detail {

result<language_tag> parse_language_tag_element(cursor& c) noexcept {
  auto const start = c.pos;
  while (!c.done() && !is_ows(c.peek()) && c.peek() != ',') ++c.pos;
  auto r = parse_language_tag(c.s.substr(start, c.pos - start));
  if (!r) return parse_error{r.error().code, start + r.error().offset, r.error().what};
  return r;
}

}  // namespace detail

result<language_tag_list> parse_content_language(std::string_view s) noexcept {
  auto r = detail::parse_list<language_tag>(s, &detail::parse_language_tag_element,
                                            detail::accept_all{});
  if (!r) return r.error();
  return language_tag_list(s, *r);
}

}  // namespace respolicy::grammar
