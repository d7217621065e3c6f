//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/uri.hpp>

#include <array>

namespace respolicy::grammar {
namespace {

// Character classes of RFC 3986 §2, as bits of one table.
enum : std::uint8_t {
  unreserved = 1,
  sub_delim = 2,
  colon = 4,
  at_sign = 8,
  slash = 16,
  question = 32,
};

constexpr auto char_classes = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = unreserved;
  for (int c = '0'; c <= '9'; ++c) t[c] = unreserved;
  for (char c : std::string_view("-._~")) t[static_cast<unsigned char>(c)] = unreserved;
  for (char c : std::string_view("!$&'()*+,;=")) t[static_cast<unsigned char>(c)] = sub_delim;
  t[':'] = colon;
  t['@'] = at_sign;
  t['/'] = slash;
  t['?'] = question;
  return t;
}();

constexpr std::uint8_t pchar = unreserved | sub_delim | colon | at_sign;
constexpr std::uint8_t path_chars = pchar | slash;
constexpr std::uint8_t query_chars = pchar | slash | question;
constexpr std::uint8_t userinfo_chars = unreserved | sub_delim | colon;
constexpr std::uint8_t reg_name_chars = unreserved | sub_delim;

constexpr bool in(char c, std::uint8_t mask) noexcept {
  return (char_classes[static_cast<unsigned char>(c)] & mask) != 0;
}

// Why the byte at `s[i]` stops a URI: the most common mistakes get their own words.
parse_error bad_byte(std::string_view s, std::size_t i) noexcept {
  char const c = s[i];
  if (c == ' ' || c == '\t')
    return fail(error::syntax, i, "whitespace is not allowed in a URI (percent-encode it)");
  if (is_obs_text(c))
    return fail(error::syntax, i, "a non-ASCII byte in a URI must be percent-encoded");
  if (c == '#') return fail(error::syntax, i, "a second '#' (percent-encode it as %23)");
  if (c == '[' || c == ']')
    return fail(error::syntax, i, "'[' and ']' only delimit an IP literal host");
  return fail(error::syntax, i, "a byte outside the URI grammar (RFC 3986 §2)");
}

// Advances `i` over characters of `mask` and pct-encoded octets; stops at any other byte.
constexpr bool scan(std::string_view s, std::size_t& i, std::uint8_t mask,
                    parse_error& err) noexcept {
  while (i < s.size()) {
    char const c = s[i];
    if (in(c, mask)) {
      ++i;
    } else if (c == '%') {
      if (i + 2 >= s.size() || !is_hexdig(s[i + 1]) || !is_hexdig(s[i + 2])) {
        err = fail(error::syntax, i, "'%' is not followed by two hex digits");
        return false;
      }
      i += 3;
    } else {
      break;
    }
  }
  return true;
}

enum class form : std::uint8_t {
  reference,         // URI-reference
  uri,               // URI
  absolute,          // absolute-URI
  relative,          // relative-ref
  partial,           // partial-URI
  content_location,  // absolute-URI / partial-URI
};

// authority = [ userinfo "@" ] host [ ":" port ], at `base` in the whole input.
parse_error parse_authority(std::string_view a, std::size_t base, uri_reference& u) noexcept {
  parse_error err{};
  std::size_t i = 0;
  if (auto const at = a.find('@'); at != std::string_view::npos) {
    if (!scan(a, i, userinfo_chars, err)) return {err.code, base + err.offset, err.what};
    if (i != at) {
      auto const e = bad_byte(a, i);
      return {e.code, base + i, e.what};
    }
    u.userinfo = a.substr(0, at);
    u.has_userinfo = true;
    i = at + 1;
  }
  auto const host_start = i;
  if (i < a.size() && a[i] == '[') {
    auto const close = a.find(']', i);
    if (close == std::string_view::npos)
      return fail(error::syntax, base + a.size(), "unterminated IP literal (no ']')");
    auto const lit = a.substr(i + 1, close - i - 1);
    if (!lit.empty() && (lit[0] == 'v' || lit[0] == 'V')) {
      // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
      std::size_t j = 1;
      while (j < lit.size() && is_hexdig(lit[j])) ++j;
      bool ok = j > 1 && j < lit.size() && lit[j] == '.';
      std::size_t k = j + 1;
      while (ok && k < lit.size() && in(lit[k], unreserved | sub_delim | colon)) ++k;
      if (!ok || k == j + 1 || k != lit.size())
        return fail(error::syntax, base + i + 1, "invalid IPvFuture literal");
      u.host_type = host_kind::ipv_future;
    } else {
      if (!is_ipv6_address(lit))
        return fail(error::syntax, base + i + 1, "invalid IPv6 address in IP literal");
      u.host_type = host_kind::ipv6;
    }
    i = close + 1;
  } else {
    if (!scan(a, i, reg_name_chars, err)) return {err.code, base + err.offset, err.what};
    u.host_type = is_ipv4_address(a.substr(host_start, i - host_start)) ? host_kind::ipv4
                                                                        : host_kind::reg_name;
  }
  u.host = a.substr(host_start, i - host_start);
  if (i < a.size() && a[i] == ':') {
    ++i;
    auto const port_start = i;
    while (i < a.size() && is_digit(a[i])) ++i;
    u.port = a.substr(port_start, i - port_start);
    u.has_port = true;
  }
  if (i != a.size()) {
    if (a[i] == ']' || a[i] == '[')
      return fail(error::syntax, base + i, "'[' and ']' only delimit an IP literal host");
    if (a[i] == '@') return fail(error::syntax, base + i, "a second '@' in the authority");
    if (is_digit(a[i]) || a[i] == ':')
      return fail(error::syntax, base + i, "the port is digits only");
    auto e = bad_byte(a, i);
    return {e.code, base + i, e.what};
  }
  return {};
}

result<uri_reference> parse(std::string_view s, form f) noexcept {
  uri_reference u;
  std::size_t i = 0;
  auto const n = s.size();
  parse_error err{};

  // scheme ":" (RFC 3986 §3.1); otherwise a relative reference (§4.2).
  if (n > 0 && is_alpha(s[0])) {
    std::size_t j = 1;
    while (j < n && (is_alpha(s[j]) || is_digit(s[j]) || s[j] == '+' || s[j] == '-' || s[j] == '.'))
      ++j;
    if (j < n && s[j] == ':') {
      u.scheme = s.substr(0, j);
      u.has_scheme = true;
      i = j + 1;
    }
  }
  if (!u.has_scheme && (f == form::uri || f == form::absolute)) {
    if (n == 0) return fail(error::empty, 0, "expected a URI");
    if (!is_alpha(s[0])) return fail(error::syntax, 0, "a URI starts with a scheme (ALPHA)");
    return fail(error::syntax, 0, "expected a scheme and ':'");
  }
  if (u.has_scheme && (f == form::relative || f == form::partial))
    return fail(error::syntax, u.scheme.size(),
                "a relative reference has no ':' in its first segment");

  // hier-part / relative-part
  if (n - i >= 2 && s[i] == '/' && s[i + 1] == '/') {
    i += 2;
    auto const start = i;
    while (i < n && s[i] != '/' && s[i] != '?' && s[i] != '#') ++i;
    u.authority = s.substr(start, i - start);
    u.has_authority = true;
    if (auto e = parse_authority(u.authority, start, u); !e.what.empty()) return e;
  }
  auto const path_start = i;
  if (!scan(s, i, path_chars, err)) return err;
  u.path = s.substr(path_start, i - path_start);
  if (!u.has_scheme && !u.has_authority) {
    // path-noscheme: the first segment of a relative path has no ":" (RFC 3986 §4.2).
    auto const first = u.path.substr(0, u.path.find('/'));
    if (auto const colon_at = first.find(':'); colon_at != std::string_view::npos)
      return fail(error::syntax, path_start + colon_at,
                  "a relative reference has no ':' in its first segment");
  }
  if (i < n && s[i] == '?') {
    auto const start = ++i;
    if (!scan(s, i, query_chars, err)) return err;
    u.query = s.substr(start, i - start);
    u.has_query = true;
  }
  if (i < n && s[i] == '#') {
    if (f == form::absolute || f == form::partial || f == form::content_location)
      return fail(error::syntax, i, "no fragment ('#') is allowed here");
    auto const start = ++i;
    if (!scan(s, i, query_chars, err)) return err;
    u.fragment = s.substr(start, i - start);
    u.has_fragment = true;
  }
  if (i != n) return bad_byte(s, i);
  return u;
}

}  // namespace

bool is_ipv4_address(std::string_view s) noexcept {
  std::size_t i = 0;
  for (int octet = 0; octet < 4; ++octet) {
    if (octet > 0) {
      if (i >= s.size() || s[i] != '.') return false;
      ++i;
    }
    auto const start = i;
    unsigned v = 0;
    while (i < s.size() && is_digit(s[i]) && i - start < 3) v = v * 10 + unsigned(s[i++] - '0');
    auto const len = i - start;
    if (len == 0 || v > 255 || (len > 1 && s[start] == '0')) return false;
    if (i < s.size() && is_digit(s[i])) return false;  // a fourth digit
  }
  return i == s.size();
}

bool is_ipv6_address(std::string_view s) noexcept {
  std::size_t i = 0, pieces = 0;
  bool elided = false;
  auto const n = s.size();
  if (n >= 2 && s[0] == ':' && s[1] == ':') {
    elided = true;
    i = 2;
  } else if (n > 0 && s[0] == ':') {
    return false;
  }
  while (i < n) {
    auto const start = i;
    while (i < n && is_hexdig(s[i]) && i - start < 4) ++i;
    if (i == start) return false;
    if (i < n && s[i] == '.') {
      // ls32 as an IPv4address: the last 32 bits.
      if (!is_ipv4_address(s.substr(start))) return false;
      pieces += 2;
      i = n;
      break;
    }
    if (i < n && is_hexdig(s[i])) return false;  // more than four hex digits
    if (++pieces > 8) return false;
    if (i == n) break;
    if (s[i] != ':') return false;
    if (++i == n) return false;  // a trailing single ':'
    if (s[i] == ':') {
      if (elided) return false;  // "::" only once
      elided = true;
      if (++i == n) break;
    }
  }
  return elided ? pieces <= 7 : pieces == 8;
}

result<uri_reference> parse_uri_reference(std::string_view s) noexcept {
  return parse(s, form::reference);
}
result<uri_reference> parse_uri(std::string_view s) noexcept { return parse(s, form::uri); }
result<uri_reference> parse_absolute_uri(std::string_view s) noexcept {
  return parse(s, form::absolute);
}
result<uri_reference> parse_relative_ref(std::string_view s) noexcept {
  return parse(s, form::relative);
}
result<uri_reference> parse_partial_uri(std::string_view s) noexcept {
  return parse(s, form::partial);
}
result<uri_reference> parse_content_location(std::string_view s) noexcept {
  return parse(s, form::content_location);
}

}  // namespace respolicy::grammar
