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

#include <cstddef>
#include <cstdint>
#include <string_view>
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

/** A parse failure: what went wrong, where (a byte offset into the input) and a static text that
    says it in words ("expected DIGIT"). */
struct parse_error {
  error code = error::syntax;
  std::size_t offset = 0;
  std::string_view what;  ///< static storage

  friend constexpr bool operator==(parse_error const&, parse_error const&) noexcept = default;
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
  using value_type = T;

  constexpr result(T v) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT
      : value_(std::move(v)), ok_(true) {}
  constexpr result(parse_error e) noexcept : error_(e), ok_(false) {}  // NOLINT

  constexpr bool has_value() const noexcept { return ok_; }
  constexpr bool has_error() const noexcept { return !ok_; }
  constexpr explicit operator bool() const noexcept { return ok_; }

  /** The value; only when has_value(). */
  constexpr T const& value() const& noexcept { return value_; }
  constexpr T& value() & noexcept { return value_; }
  constexpr T const& operator*() const noexcept { return value_; }
  constexpr T const* operator->() const noexcept { return &value_; }

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

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/** tchar (RFC 9110 §5.6.2). */
constexpr bool is_tchar(char c) noexcept {
  if (is_digit(c) || is_alpha(c)) return true;
  switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~': return true;
    default: return false;
  }
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

/** A cursor over a value: parsers advance `pos` and report failures at it. */
struct cursor {
  std::string_view s;
  std::size_t pos = 0;

  constexpr bool done() const noexcept { return pos >= s.size(); }
  constexpr char peek() const noexcept { return pos < s.size() ? s[pos] : '\0'; }
  constexpr bool consume(char c) noexcept {
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  constexpr void skip_ows() noexcept {
    while (pos < s.size() && is_ows(s[pos])) ++pos;
  }
  /** Reads 1*tchar; empty when there is none. */
  constexpr std::string_view token() noexcept {
    auto const start = pos;
    while (pos < s.size() && is_tchar(s[pos])) ++pos;
    return s.substr(start, pos - start);
  }
  /** Reads a quoted-string (RFC 9110 §5.6.4) at pos, quotes included; empty on failure (pos
      then points at the offending byte, or at the end when the closing quote is missing). */
  constexpr std::string_view quoted_string() noexcept {
    auto const start = pos;
    if (!consume('"')) return {};
    while (pos < s.size()) {
      char const c = s[pos];
      if (c == '"') {
        ++pos;
        return s.substr(start, pos - start);
      }
      if (c == '\\') {
        if (pos + 1 >= s.size()) break;
        char const q = s[pos + 1];
        if (!(q == '\t' || q == ' ' || is_vchar(q) || is_obs_text(q))) {
          ++pos;
          return {};
        }
        pos += 2;
        continue;
      }
      if (!is_qdtext(c)) return {};
      ++pos;
    }
    pos = s.size();
    return {};
  }
};

/** The content of a quoted-string without its quotes, with quoted-pairs still escaped. */
constexpr std::string_view unquote_raw(std::string_view quoted) noexcept {
  return quoted.size() >= 2 ? quoted.substr(1, quoted.size() - 2) : std::string_view{};
}

/** Calls `f(element, offset)` for each element of a `#rule` list (RFC 9110 §5.6.1), split at
    commas outside quoted strings, angle brackets (`<...>`, RFC 8288) and comments (`(...)`,
    nested, RFC 9110 §5.6.5), OWS trimmed. Empty elements are passed too, so callers can report
    them; recipients ignore them. `f` returns void, or bool (false stops the walk). */
template <class F>
constexpr void for_each_element(std::string_view list, F&& f) {
  std::size_t start = 0;
  bool quoted = false;
  int angle = 0, comment = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i < list.size()) {
      char const c = list[i];
      if (quoted) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          quoted = false;
        continue;
      }
      if (comment > 0) {
        if (c == '\\')
          ++i;
        else if (c == '(')
          ++comment;
        else if (c == ')')
          --comment;
        continue;
      }
      if (angle > 0) {
        if (c == '>') angle = 0;
        continue;
      }
      if (c == '"')
        quoted = true;
      else if (c == '(')
        comment = 1;
      else if (c == '<')
        angle = 1;
      if (c != ',') continue;
    }
    auto const end = i < list.size() ? i : list.size();
    auto b = start;
    auto e = end;
    while (b < e && is_ows(list[b])) ++b;
    while (e > b && is_ows(list[e - 1])) --e;
    if constexpr (std::is_same_v<decltype(f(list.substr(b, e - b), b)), bool>) {
      if (!f(list.substr(b, e - b), b)) return;
    } else {
      f(list.substr(b, e - b), b);
    }
    start = i + 1;
  }
}

}  // namespace respolicy::grammar

#endif
