//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "detail/json_object.hpp"

#include <respolicy/grammar/basic.hpp>

#include <algorithm>

namespace respolicy::detail::json {
namespace {

constexpr bool is_ws(char c) noexcept {
  // ws = *( %x20 / %x09 / %x0A / %x0D )   RFC 8259 §2
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

using grammar::hex_value;
using grammar::is_digit;

/** The value of the four hex digits at `s[at]`, or -1 when there are not four. */
int hex4(std::string_view s, std::size_t at) noexcept {
  if (s.size() - at < 4) return -1;
  int v = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    int const d = hex_value(s[at + i]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

}  // namespace

std::string_view to_string(kind k) noexcept {
  switch (k) {
    case kind::string: return "string";
    case kind::number: return "number";
    case kind::object: return "object";
    case kind::array: return "array";
    case kind::boolean: return "boolean";
    case kind::null: return "null";
  }
  return "value";
}

std::string_view to_string(error e) noexcept {
  switch (e) {
    case error::none: return "no error";
    case error::empty: return "no JSON text";
    case error::not_object: return "the JSON text is not an object";
    case error::byte_order_mark: return "a byte order mark precedes the JSON text";
    case error::unexpected_end: return "the JSON text ends too early";
    case error::unexpected_char: return "unexpected character";
    case error::bad_escape: return "invalid escape in a string";
    case error::bad_surrogate: return "unpaired UTF-16 surrogate escape";
    case error::control_char: return "unescaped control character in a string";
    case error::bad_utf8: return "invalid UTF-8";
    case error::bad_number: return "invalid number";
    case error::too_deep: return "nested too deeply";
    case error::too_large: return "too large to inspect";
    case error::trailing_data: return "data after the JSON object";
  }
  return "invalid JSON";
}

object_reader::object_reader(std::string_view text, limits l) noexcept
    : text_(text), max_depth_(std::min(l.max_depth, 256u)), max_size_(l.max_size) {}

bool object_reader::fail(error e) noexcept {
  error_ = e;
  state_ = state::done;
  return false;
}

void object_reader::skip_ws() noexcept {
  while (pos_ < text_.size() && is_ws(text_[pos_])) ++pos_;
}

bool object_reader::string(std::string_view& out) noexcept {
  // string = quotation-mark *char quotation-mark   RFC 8259 §7; the caller saw the quote.
  std::size_t const start = ++pos_;
  while (pos_ < text_.size()) {
    char const c = text_[pos_];
    if (c == '"') {
      out = text_.substr(start, pos_ - start);
      ++pos_;
      return true;
    }
    if (c == '\\') {
      if (++pos_ == text_.size()) return fail(error::unexpected_end);
      switch (text_[pos_]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't': ++pos_; continue;
        case 'u': break;
        default: return fail(error::bad_escape);
      }
      int const u = hex4(text_, ++pos_);
      if (u < 0) return fail(text_.size() - pos_ < 4 ? error::unexpected_end : error::bad_escape);
      pos_ += 4;
      if (u >= 0xDC00 && u <= 0xDFFF) return fail(error::bad_surrogate);
      if (u >= 0xD800 && u <= 0xDBFF) {
        // A high surrogate must be followed at once by an escaped low surrogate (RFC 8259 §7).
        std::string_view const rest = text_.substr(pos_);
        if (rest.size() < 6) {
          // The text ends within what could still be "\uDC00": truncated, not wrong.
          bool could_be = std::string_view("\\u").starts_with(rest.substr(0, 2));
          for (std::size_t i = 2; i < rest.size(); ++i)
            could_be = could_be && hex_value(rest[i]) >= 0;
          return fail(could_be ? error::unexpected_end : error::bad_surrogate);
        }
        if (!rest.starts_with("\\u")) return fail(error::bad_surrogate);
        int const low = hex4(rest, 2);
        if (low < 0xDC00 || low > 0xDFFF) return fail(error::bad_surrogate);
        pos_ += 6;
      }
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x20) return fail(error::control_char);
    std::size_t const n = grammar::detail::utf8_length(text_, pos_);
    if (n == 0) return fail(error::bad_utf8);
    pos_ += n;
  }
  return fail(error::unexpected_end);
}

bool object_reader::number() noexcept {
  // number = [ minus ] int [ frac ] [ exp ]   RFC 8259 §6
  auto const digits = [&] {
    std::size_t const start = pos_;
    while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
    return pos_ > start;
  };
  if (text_[pos_] == '-') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '0') {
    ++pos_;
    if (pos_ < text_.size() && is_digit(text_[pos_])) return fail(error::bad_number);
  } else if (!digits()) {
    return fail(pos_ == text_.size() ? error::unexpected_end : error::bad_number);
  }
  if (pos_ < text_.size() && text_[pos_] == '.') {
    ++pos_;
    if (!digits()) return fail(pos_ == text_.size() ? error::unexpected_end : error::bad_number);
  }
  if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
    ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    if (!digits()) return fail(pos_ == text_.size() ? error::unexpected_end : error::bad_number);
  }
  return true;
}

bool object_reader::literal(std::string_view word) noexcept {
  // false / null / true are lowercase only (RFC 8259 §3).
  std::string_view const rest = text_.substr(pos_);
  if (rest.starts_with(word)) {
    pos_ += word.size();
    return true;
  }
  if (word.starts_with(rest)) {
    pos_ = text_.size();
    return fail(error::unexpected_end);
  }
  return fail(error::unexpected_char);
}

bool object_reader::container(char close, unsigned depth) noexcept {
  // object = begin-object [ member *( value-separator member ) ] end-object
  // array = begin-array [ value *( value-separator value ) ] end-array      RFC 8259 §4, §5
  if (depth > max_depth_) return fail(error::too_deep);
  ++pos_;
  skip_ws();
  if (pos_ < text_.size() && text_[pos_] == close) {
    ++pos_;
    return true;
  }
  for (;;) {
    kind k;
    std::string_view v;
    if (close == '}') {
      if (pos_ == text_.size()) return fail(error::unexpected_end);
      if (text_[pos_] != '"') return fail(error::unexpected_char);
      if (!string(v)) return false;
      skip_ws();
      if (pos_ == text_.size()) return fail(error::unexpected_end);
      if (text_[pos_] != ':') return fail(error::unexpected_char);
      ++pos_;
      skip_ws();
    }
    if (!value(k, v, depth)) return false;
    skip_ws();
    if (pos_ == text_.size()) return fail(error::unexpected_end);
    if (text_[pos_] == close) {
      ++pos_;
      return true;
    }
    if (text_[pos_] != ',') return fail(error::unexpected_char);
    ++pos_;
    skip_ws();
  }
}

bool object_reader::value(kind& k, std::string_view& text, unsigned depth) noexcept {
  // value = false / null / true / object / array / number / string   RFC 8259 §3
  if (pos_ == text_.size()) return fail(error::unexpected_end);
  std::size_t const start = pos_;
  bool ok = false;
  switch (text_[pos_]) {
    case '"': k = kind::string; return string(text);
    case '{':
      k = kind::object;
      ok = container('}', depth + 1);
      break;
    case '[':
      k = kind::array;
      ok = container(']', depth + 1);
      break;
    case 't':
      k = kind::boolean;
      ok = literal("true");
      break;
    case 'f':
      k = kind::boolean;
      ok = literal("false");
      break;
    case 'n':
      k = kind::null;
      ok = literal("null");
      break;
    default:
      if (text_[pos_] != '-' && !is_digit(text_[pos_])) return fail(error::unexpected_char);
      k = kind::number;
      ok = number();
  }
  if (ok) text = text_.substr(start, pos_ - start);
  return ok;
}

bool object_reader::finish() noexcept {
  skip_ws();
  if (pos_ != text_.size()) return fail(error::trailing_data);
  state_ = state::done;
  return false;
}

bool object_reader::next(member& m) noexcept {
  switch (state_) {
    case state::done: return false;
    case state::start:
      if (text_.size() > max_size_) return fail(error::too_large);
      if (text_.starts_with("\xEF\xBB\xBF")) return fail(error::byte_order_mark);
      skip_ws();
      if (pos_ == text_.size()) return fail(error::empty);
      if (text_[pos_] != '{') return fail(error::not_object);
      if (max_depth_ == 0) return fail(error::too_deep);
      ++pos_;
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == '}') {
        ++pos_;
        return finish();
      }
      break;
    case state::first:
    case state::rest:
      skip_ws();
      if (pos_ == text_.size()) return fail(error::unexpected_end);
      if (text_[pos_] == '}') {
        ++pos_;
        return finish();
      }
      if (text_[pos_] != ',') return fail(error::unexpected_char);
      ++pos_;
      skip_ws();
      break;
  }
  state_ = state::rest;
  if (pos_ == text_.size()) return fail(error::unexpected_end);
  if (text_[pos_] != '"') return fail(error::unexpected_char);
  if (!string(m.name)) return false;
  skip_ws();
  if (pos_ == text_.size()) return fail(error::unexpected_end);
  if (text_[pos_] != ':') return fail(error::unexpected_char);
  ++pos_;
  skip_ws();
  return value(m.type, m.value, 1);
}

char32_t next_char(std::string_view& s) noexcept {
  auto const take = [&](std::size_t n) { s.remove_prefix(std::min(n, s.size())); };
  auto const c = static_cast<unsigned char>(s.front());
  if (c == '\\' && s.size() >= 2) {
    char const e = s[1];
    take(2);
    switch (e) {
      case 'b': return U'\b';
      case 'f': return U'\f';
      case 'n': return U'\n';
      case 'r': return U'\r';
      case 't': return U'\t';
      case 'u': break;
      default: return static_cast<unsigned char>(e);  // " \ /
    }
    int const u = hex4(s, 0);
    if (u < 0) return U'\uFFFD';
    take(4);
    if (u < 0xD800 || u > 0xDBFF) return static_cast<char32_t>(u);
    int const low = s.size() >= 6 && s[0] == '\\' && s[1] == 'u' ? hex4(s, 2) : -1;
    if (low < 0xDC00 || low > 0xDFFF) return U'\uFFFD';
    take(6);
    return 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (low - 0xDC00);
  }
  std::size_t const n = c < 0x80 ? 1 : grammar::detail::utf8_length(s, 0);
  if (n <= 1) {
    take(1);
    return c < 0x80 ? c : U'\uFFFD';
  }
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  take(n);
  return cp;
}

bool string_equals(std::string_view raw, std::string_view ascii) noexcept {
  if (raw.find('\\') == std::string_view::npos) return raw == ascii;
  for (char const a : ascii) {
    if (raw.empty() || next_char(raw) != static_cast<unsigned char>(a)) return false;
  }
  return raw.empty();
}

std::optional<std::int64_t> to_integer(std::string_view number) noexcept {
  bool const negative = number.starts_with('-');
  if (negative) number.remove_prefix(1);
  // 18 digits always fit in 63 bits; longer integers are not status codes anyway.
  if (number.empty() || number.size() > 18) return std::nullopt;
  std::int64_t v = 0;
  for (char const c : number) {
    if (!is_digit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return negative ? -v : v;
}

}  // namespace respolicy::detail::json
