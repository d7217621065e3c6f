//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_FIELD_ID_HPP
#define RESPOLICY_SRC_DETAIL_FIELD_ID_HPP

#include <array>
#include <cstdint>
#include <string_view>

namespace respolicy::detail {

// The field names the rules know, response and request alike. Names are matched
// case-insensitively (RFC 9110 §5.1).
#define RESPOLICY_FIELDS(X)                                                                   \
  X(a_im, "a-im")                                                                             \
  X(accept, "accept")                                                                         \
  X(accept_charset, "accept-charset")                                                         \
  X(accept_encoding, "accept-encoding")                                                       \
  X(accept_language, "accept-language")                                                       \
  X(accept_ranges, "accept-ranges")                                                           \
  X(age, "age")                                                                               \
  X(allow, "allow")                                                                           \
  X(authentication_info, "authentication-info")                                               \
  X(authorization, "authorization")                                                           \
  X(cache_control, "cache-control")                                                           \
  X(close, "close")                                                                           \
  X(connection, "connection")                                                                 \
  X(content_disposition, "content-disposition")                                               \
  X(content_encoding, "content-encoding")                                                     \
  X(content_language, "content-language")                                                     \
  X(content_length, "content-length")                                                         \
  X(content_location, "content-location")                                                     \
  X(content_md5, "content-md5")                                                               \
  X(content_range, "content-range")                                                           \
  X(content_type, "content-type")                                                             \
  X(dav, "dav")                                                                               \
  X(date, "date")                                                                             \
  X(early_data, "early-data")                                                                 \
  X(etag, "etag")                                                                             \
  X(expect, "expect")                                                                         \
  X(expires, "expires")                                                                       \
  X(host, "host")                                                                             \
  X(if_, "if")                                                                                \
  X(if_match, "if-match")                                                                     \
  X(if_modified_since, "if-modified-since")                                                   \
  X(if_none_match, "if-none-match")                                                           \
  X(if_range, "if-range")                                                                     \
  X(if_unmodified_since, "if-unmodified-since")                                               \
  X(keep_alive, "keep-alive")                                                                 \
  X(last_modified, "last-modified")                                                           \
  X(link, "link")                                                                             \
  X(location, "location")                                                                     \
  X(pragma, "pragma")                                                                         \
  X(proxy_authenticate, "proxy-authenticate")                                                 \
  X(proxy_authentication_info, "proxy-authentication-info")                                   \
  X(proxy_connection, "proxy-connection")                                                     \
  X(range, "range")                                                                           \
  X(retry_after, "retry-after")                                                               \
  X(server, "server")                                                                         \
  X(set_cookie, "set-cookie")                                                                 \
  X(star, "*")                                                                                \
  X(te, "te")                                                                                 \
  X(trailer, "trailer")                                                                       \
  X(transfer_encoding, "transfer-encoding")                                                   \
  X(upgrade, "upgrade")                                                                       \
  X(vary, "vary")                                                                             \
  X(via, "via")                                                                               \
  X(warning, "warning")                                                                       \
  X(www_authenticate, "www-authenticate")

enum class field_id : std::uint8_t {
#define RESPOLICY_X(id, name) id,
  RESPOLICY_FIELDS(RESPOLICY_X)
#undef RESPOLICY_X
      unknown
};

inline constexpr std::size_t field_id_count = static_cast<std::size_t>(field_id::unknown);

inline constexpr std::string_view field_names[] = {
#define RESPOLICY_X(id, name) name,
    RESPOLICY_FIELDS(RESPOLICY_X)
#undef RESPOLICY_X
};

// ASCII lower-casing and the tchar set of RFC 9110 §5.6.2, as lookup tables.
inline constexpr auto lower_table = [] {
  std::array<unsigned char, 256> t{};
  for (int i = 0; i < 256; ++i) t[i] = static_cast<unsigned char>(i >= 'A' && i <= 'Z' ? i + 32 : i);
  return t;
}();

inline constexpr auto tchar_table = [] {
  std::array<bool, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = true;
  for (char c : std::string_view("!#$%&'*+-.^_`|~")) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

constexpr unsigned char lower(char c) noexcept {
  return lower_table[static_cast<unsigned char>(c)];
}

constexpr bool is_tchar(char c) noexcept { return tchar_table[static_cast<unsigned char>(c)]; }

/** Case-insensitive equality of `s` with `lower_literal`, which must be lower case already. */
constexpr bool iequals(std::string_view s, std::string_view lower_literal) noexcept {
  if (s.size() != lower_literal.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (lower(s[i]) != static_cast<unsigned char>(lower_literal[i])) return false;
  return true;
}

/** Case-insensitive equality of two arbitrary strings (ASCII). */
constexpr bool iequals_any(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

constexpr bool istarts_with(std::string_view s, std::string_view lower_prefix) noexcept {
  return s.size() >= lower_prefix.size() && iequals(s.substr(0, lower_prefix.size()), lower_prefix);
}

// A name's hash mixes its length with its first, middle and last bytes, lower-cased; a 128-slot
// table with linear probing maps it to a candidate whose full name is then compared once.
constexpr std::uint32_t field_hash(std::string_view s) noexcept {
  auto const n = s.size();
  return (static_cast<std::uint32_t>(n) * 7u + lower(s[0]) * 31u + lower(s[n / 2]) * 17u +
          lower(s[n - 1]) * 3u) &
         127u;
}

inline constexpr auto field_slots = [] {
  std::array<std::uint8_t, 128> slots{};
  slots.fill(0xff);
  for (std::size_t i = 0; i < field_id_count; ++i) {
    auto h = field_hash(field_names[i]);
    while (slots[h] != 0xff) h = (h + 1) & 127u;
    slots[h] = static_cast<std::uint8_t>(i);
  }
  return slots;
}();

/** Maps a field name to its id, case-insensitively; `unknown` for any other name. */
constexpr field_id lookup_field(std::string_view name) noexcept {
  if (name.empty() || name.size() > 25) return field_id::unknown;
  for (auto h = field_hash(name);; h = (h + 1) & 127u) {
    auto const i = field_slots[h];
    if (i == 0xff) return field_id::unknown;
    if (iequals(name, field_names[i])) return static_cast<field_id>(i);
  }
}

static_assert(lookup_field("Content-Length") == field_id::content_length);
static_assert(lookup_field("WWW-Authenticate") == field_id::www_authenticate);
static_assert(lookup_field("X-Custom") == field_id::unknown);

constexpr std::string_view name_of(field_id id) noexcept {
  return id == field_id::unknown ? std::string_view{} : field_names[static_cast<std::size_t>(id)];
}

}  // namespace respolicy::detail

#endif
