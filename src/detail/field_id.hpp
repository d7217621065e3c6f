//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_FIELD_ID_HPP
#define RESPOLICY_SRC_DETAIL_FIELD_ID_HPP

#include <respolicy/grammar/basic.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace respolicy::detail {

// The field names the rules know, response and request alike. Names are matched
// case-insensitively (RFC 9110 §5.1).
#define RESPOLICY_FIELDS(X)                                                              \
  X(a_im, "a-im", "A-IM")                                                                \
  X(accept, "accept", "Accept")                                                          \
  X(accept_charset, "accept-charset", "Accept-Charset")                                  \
  X(accept_encoding, "accept-encoding", "Accept-Encoding")                               \
  X(accept_language, "accept-language", "Accept-Language")                               \
  X(accept_ranges, "accept-ranges", "Accept-Ranges")                                     \
  X(age, "age", "Age")                                                                   \
  X(allow, "allow", "Allow")                                                             \
  X(authentication_info, "authentication-info", "Authentication-Info")                   \
  X(authorization, "authorization", "Authorization")                                     \
  X(cache_control, "cache-control", "Cache-Control")                                     \
  X(close, "close", "Close")                                                             \
  X(connection, "connection", "Connection")                                              \
  X(content_disposition, "content-disposition", "Content-Disposition")                   \
  X(content_encoding, "content-encoding", "Content-Encoding")                            \
  X(content_language, "content-language", "Content-Language")                            \
  X(content_length, "content-length", "Content-Length")                                  \
  X(content_location, "content-location", "Content-Location")                            \
  X(content_md5, "content-md5", "Content-MD5")                                           \
  X(content_range, "content-range", "Content-Range")                                     \
  X(content_type, "content-type", "Content-Type")                                        \
  X(dav, "dav", "DAV")                                                                   \
  X(date, "date", "Date")                                                                \
  X(early_data, "early-data", "Early-Data")                                              \
  X(etag, "etag", "ETag")                                                                \
  X(expect, "expect", "Expect")                                                          \
  X(expires, "expires", "Expires")                                                       \
  X(host, "host", "Host")                                                                \
  X(if_, "if", "If")                                                                     \
  X(if_match, "if-match", "If-Match")                                                    \
  X(if_modified_since, "if-modified-since", "If-Modified-Since")                         \
  X(if_none_match, "if-none-match", "If-None-Match")                                     \
  X(if_range, "if-range", "If-Range")                                                    \
  X(if_unmodified_since, "if-unmodified-since", "If-Unmodified-Since")                   \
  X(keep_alive, "keep-alive", "Keep-Alive")                                              \
  X(last_modified, "last-modified", "Last-Modified")                                     \
  X(link, "link", "Link")                                                                \
  X(location, "location", "Location")                                                    \
  X(pragma, "pragma", "Pragma")                                                          \
  X(proxy_authenticate, "proxy-authenticate", "Proxy-Authenticate")                      \
  X(proxy_authentication_info, "proxy-authentication-info", "Proxy-Authentication-Info") \
  X(proxy_connection, "proxy-connection", "Proxy-Connection")                            \
  X(range, "range", "Range")                                                             \
  X(retry_after, "retry-after", "Retry-After")                                           \
  X(server, "server", "Server")                                                          \
  X(set_cookie, "set-cookie", "Set-Cookie")                                              \
  X(star, "*", "*")                                                                      \
  X(te, "te", "TE")                                                                      \
  X(trailer, "trailer", "Trailer")                                                       \
  X(transfer_encoding, "transfer-encoding", "Transfer-Encoding")                         \
  X(upgrade, "upgrade", "Upgrade")                                                       \
  X(vary, "vary", "Vary")                                                                \
  X(via, "via", "Via")                                                                   \
  X(warning, "warning", "Warning")                                                       \
  X(www_authenticate, "www-authenticate", "WWW-Authenticate")

enum class field_id : std::uint8_t {
#define RESPOLICY_X(id, name, display) id,
  RESPOLICY_FIELDS(RESPOLICY_X)
#undef RESPOLICY_X
      unknown
};

inline constexpr std::size_t field_id_count = static_cast<std::size_t>(field_id::unknown);

// Lower-case names, for lookup.
inline constexpr std::string_view field_names[] = {
#define RESPOLICY_X(id, name, display) name,
    RESPOLICY_FIELDS(RESPOLICY_X)
#undef RESPOLICY_X
};

// ASCII lower-casing, as a lookup table.
inline constexpr auto lower_table = [] {
  std::array<unsigned char, 256> t{};
  for (int i = 0; i < 256; ++i)
    t[i] = static_cast<unsigned char>(i >= 'A' && i <= 'Z' ? i + 32 : i);
  return t;
}();

constexpr unsigned char lower(char c) noexcept {
  return lower_table[static_cast<unsigned char>(c)];
}

// Case-insensitive comparison and tchar (RFC 9110 §5.6.2) are the grammar's.
using grammar::iequals;
using grammar::is_tchar;

/** True when `s` begins with `lower_prefix`, compared case-insensitively. */
constexpr bool istarts_with(std::string_view s, std::string_view lower_prefix) noexcept {
  return s.size() >= lower_prefix.size() && iequals(s.substr(0, lower_prefix.size()), lower_prefix);
}

inline constexpr std::size_t max_field_name = 25;  // "proxy-authentication-info"

// Words of bytes are loaded as the grammars load them.
using grammar::detail::load_le;

// The j-th 8-byte word of a name: words at 0, 8, 16, ..., the last one ending at the name's end
// (overlapping the one before it), so every byte is read by whole-word loads.
constexpr std::uint64_t name_word(std::string_view s, std::size_t j) noexcept {
  if (s.size() < 8) return load_le(s.data(), s.size());
  auto const offset = 8 * j + 8 <= s.size() ? 8 * j : s.size() - 8;
  return load_le(s.data() + offset, 8);
}

constexpr std::size_t word_count(std::size_t n) noexcept { return (n + 7) / 8; }

// Each known name's words, with a mask that folds case at letter positions only:
// (word | mask) == lower-case word is exact, so "Content\rLength" never matches. Words are those
// of name_word(); for a name of up to 16 bytes the first and the last word cover all of it.
struct name_words {
  std::array<std::uint64_t, 4> word{};
  std::array<std::uint64_t, 4> mask{};
  std::uint64_t last_word = 0;
  std::uint64_t last_mask = 0;
  std::size_t size = 0;
};

inline constexpr auto field_words = [] {
  std::array<name_words, field_id_count> t{};
  for (std::size_t i = 0; i < field_id_count; ++i) {
    auto const n = field_names[i];
    std::array<char, 32> letters{};
    for (std::size_t j = 0; j < n.size(); ++j) letters[j] = n[j] >= 'a' && n[j] <= 'z' ? ' ' : '\0';
    std::string_view const l(letters.data(), n.size());
    for (std::size_t k = 0; k < word_count(n.size()); ++k) {
      t[i].word[k] = name_word(n, k);
      t[i].mask[k] = name_word(l, k);
    }
    t[i].last_word = t[i].word[word_count(n.size()) - 1];
    t[i].last_mask = t[i].mask[word_count(n.size()) - 1];
    t[i].size = n.size();
  }
  return t;
}();

// Known names differ in their length, first or last byte: a key of the three, case folded, sends
// each to its own slot of a 256-slot table. The multiplier is the first odd number from the golden
// ratio's 0x9E3779B9 up that does so (found at compile time); one comparison then decides. Folding
// may merge a letter with a non-letter; the exact comparison sorts that out.
constexpr std::uint32_t field_key(std::string_view s) noexcept {
  auto const b = [](char c) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(c) | 0x20);
  };
  return b(s.front()) | b(s.back()) << 8 | static_cast<std::uint32_t>(s.size()) << 16;
}

constexpr std::uint32_t field_slot(std::uint32_t key, std::uint32_t multiplier) noexcept {
  return (key * multiplier) >> 24;
}

inline constexpr std::uint32_t field_multiplier = [] {
  for (std::uint32_t m = 0x9E3779B9;; m += 2) {
    std::array<bool, 256> used{};
    bool ok = true;
    for (auto const n : field_names) {
      auto const h = field_slot(field_key(n), m);
      ok = ok && !used[h];
      used[h] = true;
    }
    if (ok) return m;
  }
}();

inline constexpr auto field_slots = [] {
  std::array<std::uint8_t, 256> slots{};
  slots.fill(0xff);
  for (std::size_t i = 0; i < field_id_count; ++i)
    slots[field_slot(field_key(field_names[i]), field_multiplier)] = static_cast<std::uint8_t>(i);
  return slots;
}();

// The first bytes of the known names, case folded, one bit each: most other names (X-Request-Id,
// Strict-Transport-Security, ...) are told apart by their first byte.
inline constexpr auto field_first_bytes = [] {
  std::array<std::uint64_t, 4> bits{};
  for (auto const n : field_names) {
    auto const c = static_cast<unsigned char>(n.front()) | 0x20u;
    bits[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
  return bits;
}();

/** Maps a field name to its id, case-insensitively; `unknown` for any other name. */
constexpr field_id lookup_field(std::string_view name) noexcept {
  auto const n = name.size();
  if (n - 1 >= max_field_name) return field_id::unknown;  // empty (wraps around) or too long
  auto const c = static_cast<unsigned char>(name.front()) | 0x20u;
  if (!((field_first_bytes[c >> 6] >> (c & 63)) & 1)) return field_id::unknown;
  auto const i = field_slots[field_slot(field_key(name), field_multiplier)];
  if (i == 0xff) return field_id::unknown;
  // The only candidate: its first and last word must match, and for a name longer than 16 bytes
  // the words in between.
  auto const& w = field_words[i];
  if (w.size != n) return field_id::unknown;
  auto const first = load_le(name.data(), n < 8 ? n : 8);
  auto const last = n <= 8 ? first : load_le(name.data() + n - 8, 8);
  if (((first | w.mask[0]) ^ w.word[0]) | ((last | w.last_mask) ^ w.last_word))
    return field_id::unknown;
  if (n > 16)
    for (std::size_t k = 1; k + 1 < word_count(n); ++k)
      if ((name_word(name, k) | w.mask[k]) != w.word[k]) return field_id::unknown;
  return static_cast<field_id>(i);
}

static_assert(lookup_field("Content-Length") == field_id::content_length);
static_assert(lookup_field("WWW-Authenticate") == field_id::www_authenticate);
static_assert(lookup_field("X-Custom") == field_id::unknown);
static_assert(lookup_field("Content\rLength") == field_id::unknown);
static_assert(lookup_field("CONTENT-LENGTH") == field_id::content_length);

// Names as they are usually written, for diagnostics.
inline constexpr std::string_view field_display_names[] = {
#define RESPOLICY_X(id, name, display) display,
    RESPOLICY_FIELDS(RESPOLICY_X)
#undef RESPOLICY_X
};

/** The usual spelling of a known field's name ("Content-Length"); empty for `unknown`. */
constexpr std::string_view name_of(field_id id) noexcept {
  return id == field_id::unknown ? std::string_view{}
                                 : field_display_names[static_cast<std::size_t>(id)];
}

}  // namespace respolicy::detail

#endif
