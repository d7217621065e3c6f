//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_DETAIL_RESPOND_TEXT_HPP
#define RESPOLICY_BEAST_DETAIL_RESPOND_TEXT_HPP

// The serializers behind respolicy::beast::respond: each typed value has exactly one writer, so a
// builder cannot produce a date in an obsolete form, an unquoted realm, a field value that splits
// the header or a JSON string with a raw control character (RFC 9110 §5.5; RFC 8259 §7).

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/grammar/uri.hpp>
#include <respolicy/hazard.hpp>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

// In respond's own detail namespace: other parts of the adapter have helpers of the same names.
namespace respolicy::beast::respond::detail {

/** The IMF-fixdate of `t` (RFC 9110 §5.6.7), the only HTTP-date form a sender may generate; the
    formatter is the core's, beside the HTTP-date parser. */
inline std::string to_http_date(std::chrono::sys_seconds t) {
  auto const d = grammar::format_http_date(t);
  return std::string(d.data(), d.size());
}

/** True when `s` holds no CR, LF or NUL: the bytes that end a field line, so that a value holding
    them puts lines of its choosing into the header section (response splitting; RFC 9110 §5.5: a
    field value does not contain them, RFC 9112 §2.2). HTAB and obs-text are allowed (RFC 9110
    §5.5). Every builder's check is this one: at run time it is the core's `has_cr_lf_nul`, the
    guard's safety block; that one is not constexpr, so a literal's check at compile time reads
    the bytes one by one. */
constexpr bool is_field_safe(std::string_view s) noexcept {
  if (std::is_constant_evaluated()) {
    for (char c : s)
      if (c == '\r' || c == '\n' || c == '\0') return false;
    return true;
  }
  return !respolicy::has_cr_lf_nul(s);
}

/** Returns `s`, or throws `std::invalid_argument` naming `field` (its name, and which part of
    its value `s` is) when `s` holds CR, LF or NUL (`is_field_safe`). */
inline std::string_view require_field_safe(std::string_view s, std::string_view field) {
  if (!is_field_safe(s))
    throw std::invalid_argument("respolicy::beast::respond: a value for " + std::string(field) +
                                " holds CR, LF or NUL, which would end the field line and start "
                                "another (response splitting, RFC 9110 §5.5)");
  return s;
}

/** Appends `v` in decimal. */
inline void append_decimal(std::string& out, std::uint64_t v) {
  char buf[20];
  std::size_t n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n != 0) out += buf[--n];
}

/** True when every byte of `s` may appear inside a quoted-string once DQUOTE and backslash are
    escaped: qdtext, SP and HTAB (RFC 9110 §5.6.4). CR, LF, NUL and other controls cannot. */
constexpr bool is_quotable(std::string_view s) noexcept {
  for (char c : s)
    if (c != '"' && c != '\\' && !grammar::is_qdtext(c)) return false;
  return true;
}

/** True for `protocol-name ["/" protocol-version]`, both tokens (RFC 9110 §7.8). */
constexpr bool is_protocol(std::string_view p) noexcept {
  auto const slash = p.find('/');
  return grammar::is_token(p.substr(0, slash)) &&
         (slash == std::string_view::npos || grammar::is_token(p.substr(slash + 1)));
}

/** True for the opaque part of an entity tag without its quotes: `*etagc`, where
    etagc = "!" / %x23-7E / obs-text (RFC 9110 §8.8.3). */
constexpr bool is_opaque_tag(std::string_view s) noexcept {
  for (char c : s)
    if (c != '!' && (c < 0x23 || c > 0x7e) && !grammar::is_obs_text(c)) return false;
  return true;
}

/** Appends `s` as a quoted-string, escaping only DQUOTE and backslash (RFC 9110 §5.6.4: a sender
    SHOULD NOT generate other quoted-pairs). Precondition: `is_quotable(s)`. */
inline void append_quoted(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

/** Appends `s` as HTML text or a double-quoted attribute value (HTML §13.1.2.3, §13.5). */
inline void append_html_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

/** True for the bytes a URI-reference may contain besides percent-encodings (RFC 3986 §2:
    unreserved and reserved characters). */
constexpr bool is_uri_char(char c) noexcept {
  if (grammar::is_alpha(c) || grammar::is_digit(c)) return true;
  constexpr std::string_view others = "-._~:/?#[]@!$&'()*+,;=";
  return others.find(c) != std::string_view::npos;
}

constexpr bool is_hex_digit(char c) noexcept {
  return grammar::is_digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

/** Returns `s` with every byte a URI-reference cannot contain percent-encoded (RFC 3986 §2.1):
    controls (CR, LF and NUL included), SP, DQUOTE, "<", ">", "\", "^", "`", "{", "|", "}",
    non-ASCII bytes, and a "%" that does not start a percent-encoding. Everything else is kept,
    so a well-formed reference comes back unchanged and a hostile one cannot split the header.
    Two more repairs keep the result a reference a sender may generate: an http or https URI
    loses its userinfo (RFC 9110 §4.2.4: a sender MUST NOT generate it), and what is still not a
    URI-reference (a ":" in the first segment of a relative path, a second "#"), or an http or
    https URI without a host (RFC 9110 §4.2.1), is sent as a relative path with everything but
    unreserved characters, "/" and percent-encodings percent-encoded (and a leading "//" as
    "/%2F"). */
inline std::string to_uri_reference(std::string_view s) {
  constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char const c = s[i];
    bool const encoded =
        c == '%' && i + 2 < s.size() && is_hex_digit(s[i + 1]) && is_hex_digit(s[i + 2]);
    if (is_uri_char(c) || encoded) {
      out += c;
      continue;
    }
    auto const u = static_cast<unsigned char>(c);
    out += '%';
    out += hex[u >> 4];
    out += hex[u & 0xf];
  }
  if (auto const r = grammar::parse_uri_reference(out)) {
    // An http or https URI, or a network-path reference ("//host/"), which takes the target's
    // http or https scheme (RFC 3986 §5.2).
    bool const http =
        r->has_scheme ? grammar::iequals(r->scheme, "http") || grammar::iequals(r->scheme, "https")
                      : r->has_authority;
    if (http && r->has_userinfo) {
      auto const at = static_cast<std::size_t>(r->userinfo.data() - out.data());
      out.erase(at, r->userinfo.size() + 1);
      return to_uri_reference(out);
    }
    if (!(http && r->host.empty())) return out;
  }
  std::string path;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char const c = s[i];
    auto const u = static_cast<unsigned char>(c);
    bool const encoded =
        c == '%' && i + 2 < s.size() && is_hex_digit(s[i + 1]) && is_hex_digit(s[i + 2]);
    if (encoded || c == '/' || c == '-' || c == '.' || c == '_' || c == '~' ||
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      path += c;
      continue;
    }
    path += '%';
    path += hex[u >> 4];
    path += hex[u & 0xf];
  }
  // A path may not begin with "//", which would read as an authority (RFC 3986 §3.3).
  if (path.size() >= 2 && path[0] == '/' && path[1] == '/') path.replace(1, 1, "%2F");
  return path;
}

}  // namespace respolicy::beast::respond::detail

#endif
