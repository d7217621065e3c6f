//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_BASIC_HPP
#define RESPOLICY_GRAMMAR_BASIC_HPP

/** @file
    What every field-value parser of `respolicy::grammar` shares: the `result` type, the parse
    error, and the RFC 9110 §5.6 building blocks (token, quoted-string, OWS, lists).

    Every parser has the shape `parse_xxx(std::string_view) noexcept -> result<xxx>`. Parsers never
    allocate and never read outside the view they are given; values they return refer into it.
*/

#include <respolicy/grammar/detail/list_iterator.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace respolicy::grammar {

/** Why a value did not parse. */
enum class error : std::uint8_t {
  empty,     ///< the value is empty where the grammar needs something
  syntax,    ///< a byte the grammar does not allow at `offset`
  overflow,  ///< a number too large for 64 bits (or for the field's range)
  invalid,   ///< well-formed but meaningless (a date of February 30, a range with last < first)
  trailing,  ///< a valid value followed by bytes that are not part of it
};

/** A short name for `e`: "empty", "syntax", ... */
constexpr std::string_view to_string(error e) noexcept {
  switch (e) {
    case error::empty: return "empty";
    case error::syntax: return "syntax";
    case error::overflow: return "overflow";
    case error::invalid: return "invalid";
    case error::trailing: return "trailing";
  }
  return "unknown";
}

namespace detail {

class grammar_error_category final : public std::error_category {
 public:
  char const* name() const noexcept override { return "respolicy.grammar"; }
  std::string message(int ev) const override {
    switch (ev) {
      case 1: return "empty value";
      case 2: return "syntax error";
      case 3: return "number too large";
      case 4: return "well-formed but invalid value";
      case 5: return "trailing bytes after the value";
      default: return "unknown grammar error";
    }
  }
};

}  // namespace detail

/** The std::error_category of grammar::error, named "respolicy.grammar". */
inline std::error_category const& error_category() noexcept {
  static detail::grammar_error_category const category;
  return category;
}

/** Makes a std::error_code of `e`. Its value is the enumerator plus one, so that no grammar error
    compares equal to "no error" (a zero error_code). */
inline std::error_code make_error_code(error e) noexcept {
  return {static_cast<int>(e) + 1, error_category()};
}

/** A parse failure: what went wrong, where (a byte offset into the input) and a static text that
    says it in words ("expected DIGIT"). */
struct parse_error {
  /** What went wrong. */
  error code = error::syntax;
  /** Where, as a byte offset into the input. */
  std::size_t offset = 0;
  std::string_view what;  ///< static storage

  /** Compares code, offset and text. */
  friend constexpr bool operator==(parse_error const&, parse_error const&) noexcept = default;

  /** The error as a std::error_code of error_category(). */
  std::error_code to_error_code() const noexcept { return make_error_code(code); }
};

/** Either a parsed value or a parse_error; never both, never neither.

    @code
    auto r = respolicy::grammar::parse_retry_after("120");
    if (r) use(r->seconds); else report(r.error().offset, r.error().what);
    @endcode
*/
template <class T>
class [[nodiscard]] result {
 public:
  /** The parsed type. */
  using value_type = T;

  /** A result holding `v`. */
  constexpr result(T v) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT
      : value_(std::move(v)), ok_(true) {}
  /** A result holding the error `e`. */
  constexpr result(parse_error e) noexcept : error_(e), ok_(false) {}  // NOLINT

  /** True when the parse succeeded. */
  constexpr bool has_value() const noexcept { return ok_; }
  /** True when it failed. */
  constexpr bool has_error() const noexcept { return !ok_; }
  /** True when the parse succeeded. */
  constexpr explicit operator bool() const noexcept { return ok_; }

  /** The value; only when has_value(). */
  constexpr T const& value() const& noexcept { return value_; }
  /** The value; only when has_value(). */
  constexpr T& value() & noexcept { return value_; }
  /** The value; only when has_value(). */
  constexpr T const& operator*() const noexcept { return value_; }
  /** The value's members; only when has_value(). */
  constexpr T const* operator->() const noexcept { return &value_; }
  /** The value, or `fallback` when the parse failed (as std::expected::value_or). */
  constexpr T value_or(T fallback) const noexcept { return ok_ ? value_ : fallback; }

  /** The error; only when has_error(). */
  constexpr parse_error const& error() const noexcept { return error_; }

 private:
  T value_{};
  parse_error error_{};
  bool ok_;
};

/** Makes a parse_error result. */
constexpr parse_error fail(error code, std::size_t offset, std::string_view what) noexcept {
  return {code, offset, what};
}

// ---------------------------------------------------------------------------------------------
// RFC 9110 §5.6 building blocks

/** DIGIT (RFC 5234 B.1). */
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
/** HEXDIG (RFC 5234 B.1), of either case, as URIs (RFC 3986 §2.1), chunk sizes and JSON escapes
    write it. */
constexpr bool is_hexdig(char c) noexcept {
  return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
/** The value of the HEXDIG `c`, or -1 when `c` is none. */
constexpr int hex_value(char c) noexcept {
  return is_digit(c) ? c - '0' : is_hexdig(c) ? (c | 0x20) - 'a' + 10 : -1;
}
/** ALPHA (RFC 5234 B.1). */
constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
namespace detail {
inline constexpr auto tchar_set = [] {
  struct table {
    bool v[256];
  } t{};
  for (int c = '0'; c <= '9'; ++c) t.v[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) t.v[c] = t.v[c - 32] = true;
  for (char c : std::string_view("!#$%&'*+-.^_`|~")) t.v[static_cast<unsigned char>(c)] = true;
  return t;
}();
}  // namespace detail

/** tchar (RFC 9110 §5.6.2). */
constexpr bool is_tchar(char c) noexcept {
  return detail::tchar_set.v[static_cast<unsigned char>(c)];
}
/** VCHAR (RFC 5234 B.1). */
constexpr bool is_vchar(char c) noexcept { return c > 0x20 && c < 0x7f; }
/** obs-text (RFC 9110 §5.5). */
constexpr bool is_obs_text(char c) noexcept { return static_cast<unsigned char>(c) >= 0x80; }
/** OWS characters: SP and HTAB. */
constexpr bool is_ows(char c) noexcept { return c == ' ' || c == '\t'; }
/** qdtext (RFC 9110 §5.6.4). */
constexpr bool is_qdtext(char c) noexcept {
  return c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5b) ||
         (c >= 0x5d && c <= 0x7e) || is_obs_text(c);
}

/** True when `s` is a token: 1*tchar. */
constexpr bool is_token(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_tchar(c)) return false;
  return true;
}

/** Case-insensitive ASCII comparison. */
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

/** Removes OWS from both ends. */
constexpr std::string_view trim_ows(std::string_view s) noexcept {
  while (!s.empty() && is_ows(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ows(s.back())) s.remove_suffix(1);
  return s;
}

namespace detail {

/** The length of the well-formed UTF-8 sequence at `s[at]` (RFC 3629 §4: no overlong forms, no
    encoded surrogates, nothing above U+10FFFF), or 0; `at` is inside `s`. */
constexpr std::size_t utf8_length(std::string_view s, std::size_t at) noexcept {
  auto const b = [&](std::size_t i) { return static_cast<unsigned char>(s[at + i]); };
  auto const in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
  std::size_t const left = s.size() - at;
  unsigned char const c = b(0);
  if (c < 0x80) return 1;
  if (in(c, 0xC2, 0xDF)) return left >= 2 && in(b(1), 0x80, 0xBF) ? 2 : 0;
  if (in(c, 0xE0, 0xEF)) {
    if (left < 3) return 0;
    unsigned const lo = c == 0xE0 ? 0xA0 : 0x80;
    unsigned const hi = c == 0xED ? 0x9F : 0xBF;
    return in(b(1), lo, hi) && in(b(2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in(c, 0xF0, 0xF4)) {
    if (left < 4) return 0;
    unsigned const lo = c == 0xF0 ? 0x90 : 0x80;
    unsigned const hi = c == 0xF4 ? 0x8F : 0xBF;
    return in(b(1), lo, hi) && in(b(2), 0x80, 0xBF) && in(b(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

/** The `n` <= 8 bytes at `p` as a little-endian word, zero above them; nothing else is read. The
    one word load of the grammars and the checks: whole-word loads where the length allows, two
    overlapping ones from 4 to 7 bytes. */
constexpr std::uint64_t load_le(char const* p, std::size_t n) noexcept {
  std::uint64_t w = 0;
  if (std::endian::native == std::endian::little && !std::is_constant_evaluated()) {
    if (n == 8) {
      std::char_traits<char>::copy(reinterpret_cast<char*>(&w), p, 8);
    } else if (n >= 4) {
      std::uint32_t lo = 0, hi = 0;  // two overlapping loads; the bytes they share are equal
      std::char_traits<char>::copy(reinterpret_cast<char*>(&lo), p, 4);
      std::char_traits<char>::copy(reinterpret_cast<char*>(&hi), p + n - 4, 4);
      w = lo | std::uint64_t{hi} << (8 * (n - 4));
    } else {
      for (std::size_t i = 0; i < n; ++i)
        w |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    }
    return w;
  }
  for (std::size_t i = 0; i < n; ++i)
    w |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return w;
}

/** Nonzero when any byte of `w` is below `n` (n <= 128): the classic SWAR test. The high bit of
    the lowest such byte is set; bytes above it may be flagged too (borrows), so the mask says
    whether there is one and where the first is. Masks of several tests can be or-ed together
    and tested once. */
constexpr std::uint64_t byte_below_mask(std::uint64_t w, std::uint64_t n) noexcept {
  return (w - 0x0101010101010101ull * n) & ~w & 0x8080808080808080ull;
}

/** Nonzero when any byte of `w` equals `b`; as byte_below_mask. */
constexpr std::uint64_t byte_mask(std::uint64_t w, unsigned char b) noexcept {
  return byte_below_mask(w ^ (0x0101010101010101ull * b), 1);
}

/** True when any byte of `w` is below `n` (n <= 128): the classic SWAR test, exact as to whether
    there is one. */
constexpr bool has_byte_below(std::uint64_t w, std::uint64_t n) noexcept {
  return byte_below_mask(w, n) != 0;
}

/** True when any byte of `w` equals `b`. */
constexpr bool has_byte(std::uint64_t w, unsigned char b) noexcept { return byte_mask(w, b) != 0; }

}  // namespace detail

/** A cursor over a value: parsers advance `pos` and report failures at it. */
struct cursor {
  /** The input. */
  std::string_view s;
  /** The position of the next byte. */
  std::size_t pos = 0;

  /** True at the end of the input. */
  constexpr bool done() const noexcept { return pos >= s.size(); }
  /** The next byte, or '\0' at the end. */
  constexpr char peek() const noexcept { return pos < s.size() ? s[pos] : '\0'; }
  /** Skips `c` when it is next; true when it was. */
  constexpr bool consume(char c) noexcept {
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  // The scanning loops work on local copies: a store to `pos` through `this` could alias the
  // characters read, which would make the compiler reload and store it for every byte.
  /** Skips OWS. */
  constexpr void skip_ows() noexcept {
    auto p = pos;
    auto const n = s.size();
    while (p < n && is_ows(s[p])) ++p;
    pos = p;
  }
  /** Reads 1*tchar; empty when there is none. */
  constexpr std::string_view token() noexcept {
    auto const start = pos, n = s.size();
    auto p = start;
    while (p < n && is_tchar(s[p])) ++p;
    pos = p;
    return {s.data() + start, p - start};
  }
  /** Before a list element (RFC 9110 §5.6.1, as a recipient reads `#element`): skips OWS and
      any empty elements (commas with only OWS between them). Returns how many empty elements it
      skipped; pos is then at an element or at the end. */
  constexpr std::size_t skip_empty_elements() noexcept {
    std::size_t empties = 0;
    auto p = pos;
    auto const n = s.size();
    while (p < n && is_ows(s[p])) ++p;
    while (p < n && s[p] == ',') {
      ++empties;
      ++p;
      while (p < n && is_ows(s[p])) ++p;
    }
    pos = p;
    return empties;
  }
  /** After a list element: skips OWS, then expects a comma or the end. Returns false, with pos at
      the offending byte, when something else follows; after a comma, pos is past it and past
      the OWS that follows. `trailing_comma` is set when the comma ends the list (an empty last
      element). */
  constexpr bool end_element(bool& trailing_comma) noexcept {
    auto p = pos;
    auto const n = s.size();
    while (p < n && is_ows(s[p])) ++p;
    pos = p;
    if (p >= n) return true;
    if (s[p] != ',') return false;
    ++p;
    while (p < n && is_ows(s[p])) ++p;
    pos = p;
    trailing_comma = p >= n;
    return true;
  }
  /** Reads 1*DIGIT as an unsigned number; false with pos unchanged when there is no digit, or
      with pos at the digit that overflows 64 bits. Leading zeros are allowed and never overflow.
   */
  constexpr bool digits(std::uint64_t& out, bool& overflow) noexcept {
    overflow = false;
    auto const start = pos, n = s.size();
    auto p = start;
    std::uint64_t v = 0;
    while (p < n && is_digit(s[p])) {
      auto const d = static_cast<std::uint64_t>(s[p] - '0');
      if (v > (UINT64_MAX - d) / 10) {
        pos = p;
        overflow = true;
        return false;
      }
      v = v * 10 + d;
      ++p;
    }
    pos = p;
    if (p == start) return false;
    out = v;
    return true;
  }
  /** Reads a quoted-string (RFC 9110 §5.6.4) at pos, quotes included; empty on failure (pos
      then points at the offending byte, or at the end when the closing quote is missing). */
  constexpr std::string_view quoted_string() noexcept {
    auto const start = pos, n = s.size();
    if (start >= n || s[start] != '"') return {};
    auto p = start + 1;
    while (p < n) {
      char const c = s[p];
      if (c == '"') {
        pos = p + 1;
        return {s.data() + start, p + 1 - start};
      }
      if (c == '\\') {
        if (p + 1 >= n) break;
        char const q = s[p + 1];
        if (!(q == '\t' || q == ' ' || is_vchar(q) || is_obs_text(q))) {
          pos = p + 1;
          return {};
        }
        p += 2;
        continue;
      }
      if (!is_qdtext(c)) {
        pos = p;
        return {};
      }
      ++p;
    }
    pos = n;
    return {};
  }
};

/** The content of a quoted-string without its quotes, with quoted-pairs still escaped. */
constexpr std::string_view unquote_raw(std::string_view quoted) noexcept {
  return quoted.size() >= 2 ? quoted.substr(1, quoted.size() - 2) : std::string_view{};
}

/** Calls `f(offset)` for each quoted-pair of `v` that a sender need not have generated, with the
    offset of its backslash, in order, until `f` returns false. RFC 9110 §5.6.4: in a
    quoted-string only DQUOTE and backslash need a quoted-pair; §5.6.5: in a comment only the
    parentheses and backslash. Comments (which nest) are looked for only when `comments` is set:
    Server, User-Agent and Via have them. The validator reports the first such pair
    (quoted-pair-minimal); the repair removes their backslashes. */
template <class F>
constexpr void for_each_needless_quoted_pair(std::string_view v, bool comments, F&& f) {
  bool quoted = false;
  int depth = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    char const ch = v[i];
    if (!quoted && depth == 0) {
      quoted = ch == '"';
      if (comments && ch == '(') depth = 1;
    } else if (ch == '\\' && i + 1 < v.size()) {
      char const e = v[++i];
      bool const needed = e == '\\' || (quoted ? e == '"' : e == '(' || e == ')');
      if (!needed && !f(i - 1)) return;
    } else if (quoted) {
      quoted = ch != '"';
    } else if (ch == '(') {
      ++depth;
    } else if (ch == ')') {
      --depth;
    }
  }
}

namespace detail {

/** token_list's step: the list is valid, so between tokens there are only commas and OWS, and
    the next element starts at the next tchar. */
struct token_step {
  using value_type = std::string_view;
  constexpr std::size_t operator()(std::string_view s, std::size_t& pos,
                                   std::string_view& token) const noexcept {
    auto p = pos;  // a local: see cursor::token()
    auto const n = s.size();
    while (p < n && !is_tchar(s[p])) ++p;
    if (p >= n) return std::string_view::npos;
    auto const start = p;
    while (p < n && is_tchar(s[p])) ++p;
    pos = p;
    token = {s.data() + start, p - start};
    return start;
  }
};

}  // namespace detail

/** A `#token` list (RFC 9110 §5.6.1, §5.6.2), validated once and then iterated without allocation:
    the type of Allow, Vary, Accept-Ranges and every other list of plain tokens. Iteration yields
    each non-empty element as a view into the value.

    @code
    auto r = respolicy::grammar::parse_token_list("GET, HEAD,  PUT");
    for (std::string_view m : *r) use(m);  // "GET", "HEAD", "PUT"
    @endcode
*/
class token_list {
 public:
  /** A forward iterator over the tokens; valid while the value it views lives. */
  using iterator = detail::list_iterator<detail::token_step>;

  constexpr token_list() noexcept = default;

  /** The first element. */
  constexpr iterator begin() const noexcept { return iterator(value_); }
  /** Past the last element. */
  constexpr iterator end() const noexcept { return {}; }
  /** The number of non-empty elements. */
  constexpr std::size_t size() const noexcept { return size_; }
  /** True when there is no element. */
  constexpr bool empty() const noexcept { return size_ == 0; }
  /** Empty elements ("a,,b", "a,"), which recipients skip and senders must not generate. */
  constexpr std::size_t empty_elements() const noexcept { return empty_elements_; }
  /** The list as given. */
  constexpr std::string_view value() const noexcept { return value_; }
  /** True when `token` is an element, compared exactly (methods are case-sensitive). */
  constexpr bool contains(std::string_view token) const noexcept {
    for (auto t : *this)
      if (t == token) return true;
    return false;
  }
  /** True when `token` is an element, compared case-insensitively (field names, range units). */
  constexpr bool icontains(std::string_view token) const noexcept {
    for (auto t : *this)
      if (iequals(t, token)) return true;
    return false;
  }

 private:
  friend constexpr result<token_list> parse_token_list(std::string_view s) noexcept;
  std::string_view value_;
  std::size_t size_ = 0;
  std::size_t empty_elements_ = 0;
};

/** Parses `#token` (RFC 9110 §5.6.1): tokens separated by commas with optional whitespace.
    Lenient as a recipient: empty elements and OWS at either end are accepted (and counted in
    empty_elements()); an empty value is an empty list. Anything else that is not a tchar, OWS or
    a comma fails with error::syntax at its offset. */
[[nodiscard]] constexpr result<token_list> parse_token_list(std::string_view s) noexcept {
  token_list l;
  l.value_ = s;
  cursor c{s};
  while (true) {
    l.empty_elements_ += c.skip_empty_elements();
    if (c.done()) break;
    if (c.token().empty()) return fail(error::syntax, c.pos, "expected a token");
    ++l.size_;
    bool trailing = false;
    if (!c.end_element(trailing)) return fail(error::syntax, c.pos, "expected ',' after a token");
    l.empty_elements_ += trailing;
  }
  return l;
}

namespace detail {

/** The bytes that end a plain stretch of a `#rule` list: the comma, and the openers of a quoted
    string, a comment and an angle-bracketed URI. */
inline constexpr auto list_stops = [] {
  struct table {
    bool v[256];
  } t{};
  for (char c : std::string_view(",\"(<")) t.v[static_cast<unsigned char>(c)] = true;
  return t;
}();

/** The position after the quoted string, comment (nested) or `<...>` that opens at `s[at]`, or
    the end of `s` when it is not closed. Inside, a backslash escapes the next byte of a quoted
    string or comment (RFC 9110 §5.6.4, §5.6.5); a URI has no escapes. */
constexpr std::size_t skip_nested(std::string_view s, std::size_t at) noexcept {
  auto const n = s.size();
  auto i = at + 1;
  switch (s[at]) {
    case '"':
      for (; i < n; ++i) {
        if (s[i] == '\\')
          ++i;
        else if (s[i] == '"')
          return i + 1;
      }
      return n;
    case '(':
      for (int depth = 1; i < n; ++i) {
        if (s[i] == '\\')
          ++i;
        else if (s[i] == '(')
          ++depth;
        else if (s[i] == ')' && --depth == 0)
          return i + 1;
      }
      return n;
    default:  // '<'
      for (; i < n; ++i)
        if (s[i] == '>') return i + 1;
      return n;
  }
}

}  // namespace detail

/** Calls `f(element, offset)` for each element of a `#rule` list (RFC 9110 §5.6.1), split at
    commas outside quoted strings, angle brackets (`<...>`, RFC 8288) and comments (`(...)`,
    nested, RFC 9110 §5.6.5), OWS trimmed. Empty elements are passed too, so callers can report
    them; recipients ignore them. `f` takes `(element, offset)` or `(element)` and returns void,
    or bool (false stops the walk). */
template <class F>
constexpr void for_each_element(std::string_view list, F&& f) {
  auto const n = list.size();
  std::size_t start = 0;
  for (std::size_t i = 0;;) {
    // Plain bytes are stepped over a table lookup at a time; quoted strings, comments and URIs
    // in angle brackets are skipped whole, commas in them included.
    while (i < n && !detail::list_stops.v[static_cast<unsigned char>(list[i])]) ++i;
    if (i < n && list[i] != ',') {
      i = detail::skip_nested(list, i);
      continue;
    }
    auto b = start;
    auto e = i;
    while (b < e && is_ows(list[b])) ++b;
    while (e > b && is_ows(list[e - 1])) --e;
    auto const element = list.substr(b, e - b);
    if constexpr (std::is_invocable_v<F&, std::string_view, std::size_t>) {
      if constexpr (std::is_same_v<decltype(f(element, b)), bool>) {
        if (!f(element, b)) return;
      } else {
        f(element, b);
      }
    } else if constexpr (std::is_same_v<decltype(f(element)), bool>) {
      if (!f(element)) return;
    } else {
      f(element);
    }
    if (i == n) return;
    start = ++i;
  }
}

}  // namespace respolicy::grammar

/// @cond
template <>
struct std::is_error_code_enum<respolicy::grammar::error> : std::true_type {};
/// @endcond

#endif
