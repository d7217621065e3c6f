//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/content_disposition.hpp>

#include <respolicy/grammar/language_tag.hpp>

#include <respolicy/grammar/detail/name_set.hpp>

namespace respolicy::grammar {
namespace {

constexpr bool is_mime_charsetc(char c) noexcept {
  if (is_alpha(c) || is_digit(c)) return true;
  switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '+':
    case '-':
    case '^':
    case '_':
    case '`':
    case '{':
    case '}':
    case '~': return true;
    default: return false;
  }
}

constexpr bool is_attr_char(char c) noexcept {
  if (is_alpha(c) || is_digit(c)) return true;
  switch (c) {
    case '!':
    case '#':
    case '$':
    case '&':
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

// Checks that the octets `value` encodes are UTF-8 (RFC 3629 §4: no overlongs, no surrogates,
// nothing above U+10FFFF), decoding percent-escapes on the fly. Returns the offset of the first
// byte of a bad sequence, or npos.
std::size_t bad_utf8(std::string_view value) noexcept {
  std::size_t i = 0;
  auto octet = [&](std::size_t& at, unsigned& b) {
    if (at >= value.size()) return false;
    if (value[at] == '%') {
      b = static_cast<unsigned>(hex_value(value[at + 1]) * 16 + hex_value(value[at + 2]));
      at += 3;
    } else {
      b = static_cast<unsigned char>(value[at]);
      at += 1;
    }
    return true;
  };
  while (i < value.size()) {
    auto const start = i;
    unsigned b0 = 0;
    octet(i, b0);
    if (b0 < 0x80) continue;
    unsigned need = 0, min = 0, cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1, min = 0x80, cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2, min = 0x800, cp = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3, min = 0x10000, cp = b0 & 0x07;
    } else {
      return start;
    }
    for (unsigned k = 0; k < need; ++k) {
      unsigned b = 0;
      if (!octet(i, b) || (b & 0xC0) != 0x80) return start;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return start;
  }
  return std::string_view::npos;
}

}  // namespace

result<ext_value> parse_ext_value(std::string_view s) noexcept {
  if (s.empty()) return fail(error::empty, 0, "expected an ext-value (charset'language'value)");
  ext_value v;
  std::size_t i = 0;
  while (i < s.size() && is_mime_charsetc(s[i])) ++i;
  if (i == 0) return fail(error::syntax, 0, "expected a charset");
  if (i == s.size() || s[i] != '\'')
    return fail(error::syntax, i, "expected \"'\" after the charset");
  v.charset = s.substr(0, i);
  v.utf8 = iequals(v.charset, "utf-8");
  auto const lang_start = ++i;
  auto const quote = s.find('\'', lang_start);
  if (quote == std::string_view::npos)
    return fail(error::syntax, s.size(), "expected \"'\" after the language");
  v.language = s.substr(lang_start, quote - lang_start);
  if (!v.language.empty())
    if (auto t = parse_language_tag(v.language); !t)
      return parse_error{t.error().code, lang_start + t.error().offset, t.error().what};
  i = quote + 1;
  v.value = s.substr(i);
  for (; i < s.size(); ++i) {
    if (is_attr_char(s[i])) continue;
    if (s[i] == '%') {
      if (i + 2 >= s.size() || !is_hexdig(s[i + 1]) || !is_hexdig(s[i + 2]))
        return fail(error::syntax, i, "'%' is not followed by two hex digits");
      i += 2;
      continue;
    }
    return fail(error::syntax, i, "a byte outside attr-char (percent-encode it)");
  }
  if (v.utf8)
    if (auto const bad = bad_utf8(v.value); bad != std::string_view::npos)
      return fail(error::invalid, quote + 1 + bad, "the value is not UTF-8");
  return v;
}

result<content_disposition> parse_content_disposition(std::string_view s) noexcept {
  if (s.empty()) return fail(error::empty, 0, "expected a disposition type");
  cursor c{s};
  content_disposition d;
  d.type = c.token();
  if (d.type.empty()) return fail(error::syntax, 0, "expected a disposition type (token)");
  detail::name_set<max_compared_disposition_parameters> seen;
  auto p = detail::parse_parameters(
      c, disposition_parameters, [&](parameter const& param, std::size_t at) -> parse_error {
        if (!seen.insert(param.name))
          return fail(error::invalid, at, "a parameter occurs twice (RFC 6266 §4.1)");
        if (param.name.back() == '*') {
          // ext-token "=" ext-value
          if (param.quoted)
            return fail(error::syntax, at, "an ext-value is never quoted (RFC 8187)");
          if (auto e = parse_ext_value(param.value); !e) {
            auto const value_at = static_cast<std::size_t>(param.value.data() - s.data());
            return parse_error{e.error().code, value_at + e.error().offset, e.error().what};
          }
          if (param.is("filename*")) d.filename_ext = param;
        } else if (param.is("filename")) {
          d.filename = param;
        }
        return {};
      });
  if (!p) return p.error();
  d.parameters = p->range;
  if (!c.done()) {
    if (c.peek() == ',')
      return fail(error::trailing, c.pos, "a ',': Content-Disposition holds one disposition");
    return fail(error::trailing, c.pos, "expected ';' or the end of the value");
  }
  return d;
}

}  // namespace respolicy::grammar
