//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.3: field names and field values (RFC 9110 §5, RFC 9112 §5).
// scan_fields() is the one walk over the field lines that every validate() call makes: it maps each
// name to a known-field id, records where it occurs, and checks each line's name and value.

#include "detail/byte_masks.hpp"
#include "detail/checker.hpp"
#include "detail/framing.hpp"

#include <respolicy/grammar/basic.hpp>

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace respolicy::detail {
namespace {

// What a value holds besides visible ASCII and SP/HTAB in the middle.
struct value_scan {
  std::size_t cr_lf_nul = std::string_view::npos;  // offset of the first CR, LF or NUL
  std::size_t ctl = std::string_view::npos;        // offset of the first other control
  bool obs_fold = false;                           // CR LF or LF followed by SP / HTAB
  bool obs_text = false;                           // an octet >= 0x80
};

void look_at(std::string_view v, std::size_t i, value_scan& s) noexcept {
  auto const c = static_cast<unsigned char>(v[i]);
  if (c == '\t') return;
  if (c == '\r' || c == '\n' || c == 0) {
    if (s.cr_lf_nul == std::string_view::npos) s.cr_lf_nul = i;
    if (c == '\n' && i + 1 < v.size() && (v[i + 1] == ' ' || v[i + 1] == '\t')) s.obs_fold = true;
  } else if (c < 0x20 || c == 0x7f) {
    if (s.ctl == std::string_view::npos) s.ctl = i;
  } else if (c >= 0x80) {
    s.obs_text = true;
  }
}

value_scan scan_value(std::string_view v) noexcept {
  value_scan s;
  if (!value_needs_look(v)) return s;
  for (std::size_t i = 0; i < v.size(); ++i) look_at(v, i, s);
  return s;
}

char const* char_name(char c) noexcept {
  switch (c) {
    case '\r': return "CR";
    case '\n': return "LF";
    case '\0': return "NUL";
    default: return "a control character";
  }
}

void check_field_name_token(checker& c, std::string_view name) {
  // RFC 9110 §5.1: field-name = token; RFC 9112 §5.1: no whitespace before the colon.
  bool ok = !name.empty();
  for (char ch : name) ok &= is_tchar(ch);
  if (ok) return;
  if (name.empty()) return c.emit("field-name-token", {}, "empty field name");
  for (std::size_t i = 0; i < name.size(); ++i)
    if (!is_tchar(name[i]))
      return c.emitf("field-name-token", name, "byte 0x%02X at offset %zu is not a tchar",
                     static_cast<unsigned char>(name[i]), i);
}

using grammar::is_ows;

// What the one pass over a value that every field line gets has seen: each bit sends the value
// to a closer, slower check, which most values never need.
enum screen_bit : unsigned {
  screen_suspect = 1,    // whitespace at either end, or a byte outside 0x20-0x7E (HTAB too)
  screen_two_sp = 2,     // two SPs in a row
  screen_backslash = 4,  // a backslash
  screen_comma = 8,      // a comma, which may end an empty list element
};

#if defined(__SSE2__)
inline __m128i load16(char const* p) noexcept {
  return _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
}

// Values longer than 32 bytes: blocks 15 bytes apart, the last one ending at the value's end, so
// that every two neighbouring bytes share a block and no pair of SPs is missed.
unsigned screen_long_value(std::string_view v) noexcept {
  auto const n = v.size();
  char const* p = v.data();
  // Adding 1 maps 0x20-0x7E to 0x21-0x7F, the only signed bytes above 0x20; everything else
  // (controls, DEL, obs-text) lands at or below it.
  __m128i const one = _mm_set1_epi8(1), limit = _mm_set1_epi8(0x21);
  __m128i const sp = _mm_set1_epi8(' '), backslash = _mm_set1_epi8('\\');
  __m128i const comma = _mm_set1_epi8(',');
  __m128i bad = _mm_setzero_si128(), pairs = bad, slashes = bad, commas = bad;
  auto const add = [&](__m128i b) {
    bad = _mm_or_si128(bad, _mm_cmplt_epi8(_mm_add_epi8(b, one), limit));
    auto const spaces = _mm_cmpeq_epi8(b, sp);
    pairs = _mm_or_si128(pairs, _mm_and_si128(spaces, _mm_srli_si128(spaces, 1)));
    slashes = _mm_or_si128(slashes, _mm_cmpeq_epi8(b, backslash));
    commas = _mm_or_si128(commas, _mm_cmpeq_epi8(b, comma));
  };
  for (std::size_t i = 0; i + 16 < n; i += 15) add(load16(p + i));
  add(load16(p + n - 16));
  unsigned out = _mm_movemask_epi8(bad) ? screen_suspect : 0u;
  if (_mm_movemask_epi8(pairs)) out |= screen_two_sp;
  if (_mm_movemask_epi8(slashes)) out |= screen_backslash;
  if (_mm_movemask_epi8(commas)) out |= screen_comma;
  return out;
}

// Bit i set where byte i of the block is `c`.
inline std::uint32_t bytes_equal(__m128i b, char c) noexcept {
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8(c))));
}

// Bit i set where byte i of the block is outside 0x20-0x7E: adding 1 maps 0x20-0x7E to
// 0x21-0x7F, the only signed bytes above 0x20.
inline std::uint32_t odd_bytes(__m128i b) noexcept {
  __m128i const moved = _mm_add_epi8(b, _mm_set1_epi8(1));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8(0x21))));
}

// The masks' form of may_have_empty_element() below, for a value of n <= 32 bytes without odd
// bytes: true when no byte other than SP lies before the first comma, between two commas or after
// the last. Quoted strings are not looked at, so this can say yes wrongly, never no.
inline bool may_have_empty_element(std::uint32_t commas, std::uint32_t spaces,
                                   unsigned n) noexcept {
  std::uint64_t const content = ((std::uint64_t{1} << n) - 1) & ~std::uint64_t{commas | spaces};
  std::uint64_t from = 1;  // the lowest bit of the part of the value not yet looked at
  for (std::uint32_t rest = commas; rest != 0; rest &= rest - 1) {
    std::uint64_t const comma = rest & (0u - rest);
    if (!(content & (comma - from))) return true;  // nothing between `from` and this comma
    from = comma << 1;
  }
  return !(content & (std::uint64_t{0} - from));  // nothing after the last comma
}

// The screen of a structured value: besides the suspect bytes, two SPs, backslashes and commas,
// which only structured fields care about (other values need only plain_text()). Most values
// have at most 32 bytes: two blocks, read as bit masks of the value's bytes. `list`: the value is
// a list (RFC 9110 §5.6.1), whose commas may end an empty element.
unsigned screen_value(std::string_view v, bool list) noexcept {
  auto const n = v.size();
  if (n == 0) return 0;
  char const* p = v.data();
  if (n > 32) {
    auto const out =
        (is_ows(p[0]) || is_ows(p[n - 1]) ? screen_suspect : 0u) | screen_long_value(v);
    return list ? out : out & ~screen_comma;
  }
  // Two blocks: the first 16 bytes and the last 16, overlapping, whose masks combine at their
  // offsets; or, below 16 bytes, one zero-padded block (never read past the value's end) whose
  // padding is masked out. A zero byte of the padding is neither a SP, a backslash nor a comma.
  std::uint32_t odd, spaces, slashes = 0, commas = 0;
  auto const n32 = static_cast<unsigned>(n);
  if (n >= 16) {
    __m128i const first = load16(p), last = load16(p + n - 16);
    odd = odd_bytes(first) | odd_bytes(last) << (n32 - 16);
    spaces = bytes_equal(first, ' ') | bytes_equal(last, ' ') << (n32 - 16);
    slashes = bytes_equal(first, '\\') | bytes_equal(last, '\\');
    commas = bytes_equal(first, ',') | bytes_equal(last, ',') << (n32 - 16);
  } else {
    auto const lo = load_le(p, n < 8 ? n : 8);
    auto const hi = n > 8 ? load_le(p + 8, n - 8) : 0;
    __m128i const block = _mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo));
    odd = odd_bytes(block) & ((1u << n32) - 1);
    spaces = bytes_equal(block, ' ');
    slashes = bytes_equal(block, '\\');
    commas = bytes_equal(block, ',');
  }
  // An HTAB at either end is among the odd bytes already.
  std::uint32_t const ends = 1u | 1u << (n32 - 1);
  unsigned out = (odd | (spaces & ends)) ? screen_suspect : 0u;
  if (spaces & (spaces >> 1)) out |= screen_two_sp;
  if (slashes) out |= screen_backslash;
  // A value with odd bytes (HTAB among them) gets the byte-wise look.
  if (list && commas && (odd || may_have_empty_element(commas, spaces, n32))) out |= screen_comma;
  return out;
}
#else
unsigned screen_value(std::string_view v, bool list) noexcept {
  auto const n = v.size();
  if (n == 0) return 0;
  char const* p = v.data();
  unsigned out = is_ows(p[0]) || is_ows(p[n - 1]) || value_needs_look(v) ? screen_suspect : 0u;
  if (v.find("  ") != std::string_view::npos) out |= screen_two_sp;
  if (v.find('\\') != std::string_view::npos) out |= screen_backslash;
  if (list && v.find(',') != std::string_view::npos) out |= screen_comma;
  return out;
}
#endif

[[gnu::noinline]] void check_field_value(checker& c, std::string_view name,
                                         std::string_view value) {
  if (!value.empty() && (is_ows(value.front()) || is_ows(value.back())))
    c.emit("field-value-trimmed", name, "leading or trailing whitespace");
  auto const s = scan_value(value);
  if (s.cr_lf_nul != std::string_view::npos)
    c.emitf("field-value-no-cr-lf-nul", name, "%s at offset %zu", char_name(value[s.cr_lf_nul]),
            s.cr_lf_nul);
  if (s.obs_fold) c.emit("no-obs-fold", name, "line break followed by whitespace");
  if (s.ctl != std::string_view::npos)
    c.emitf("field-value-no-ctl", name, "byte 0x%02X at offset %zu",
            static_cast<unsigned char>(value[s.ctl]), s.ctl);
  if (s.obs_text) c.emit("field-value-ascii", name, "octets above 0x7F");
}

// The list-based response fields (`#rule`, RFC 9110 §5.6.1) whose elements respolicy knows.
constexpr bool is_list_field(field_id id) noexcept {
  switch (id) {
    case field_id::accept_ranges:
    case field_id::allow:
    case field_id::authentication_info:
    case field_id::cache_control:
    case field_id::connection:
    case field_id::content_encoding:
    case field_id::content_language:
    case field_id::link:
    case field_id::proxy_authenticate:
    case field_id::proxy_authentication_info:
    case field_id::trailer:
    case field_id::transfer_encoding:
    case field_id::upgrade:
    case field_id::vary:
    case field_id::via:
    case field_id::www_authenticate: return true;
    default: return false;
  }
}

// The offset of the first comma in [from, to) of p, or `to`. List values are short: eight bytes
// at a time in a register beats a call to memchr.
inline std::size_t find_comma(char const* p, std::size_t from, std::size_t to) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  for (; from + 8 <= to; from += 8) {
    // A zero byte of w ^ ",,,,,,,," is a comma; the lowest flagged byte is always a real one.
    auto const x = load_le(p + from, 8) ^ (ones * ',');
    if (auto const m = (x - ones) & ~x & highs) return from + std::countr_zero(m) / 8;
  }
  for (; from < to; ++from)
    if (p[from] == ',') return from;
  return to;
}

// True when the value may hold an empty list element: a comma first or last, or two commas with
// only whitespace between them. Quoted strings are not looked at, so this can say yes wrongly,
// never no; has_empty_element then decides.
bool may_have_empty_element(std::string_view v) noexcept {
  std::size_t i = 0, e = v.size();
  while (i < e && is_ows(v[i])) ++i;
  if (i == e) return false;  // an empty list, not an empty element
  while (is_ows(v[e - 1])) --e;
  if (v[i] == ',' || v[e - 1] == ',') return true;
  for (auto p = find_comma(v.data(), i + 1, e); p < e; p = find_comma(v.data(), p + 1, e)) {
    auto q = p + 1;
    while (is_ows(v[q])) ++q;  // stops at the last byte before e, which is not OWS
    if (v[q] == ',') return true;
  }
  return false;
}

// True when the list value has an empty element. Commas inside a quoted string separate nothing,
// nor do those inside Link's <URI-Reference> (RFC 8288 §3) or a Via comment (RFC 9110 §7.6.3).
bool has_empty_element(field_id id, std::string_view v) noexcept {
  char const open = id == field_id::link ? '<' : id == field_id::via ? '(' : '\0';
  char const close = open == '<' ? '>' : ')';
  bool quoted = false, element = false;
  int depth = 0;  // inside <...>, or inside comments (which nest)
  for (std::size_t i = 0; i < v.size(); ++i) {
    char const ch = v[i];
    if (ch == '\\' && (quoted || (depth > 0 && open == '('))) {
      ++i;  // a quoted-pair (RFC 9110 §5.6.4)
    } else if (quoted) {
      quoted = ch != '"';
    } else if (depth > 0) {
      if (ch == close) --depth;
      if (ch == '(' && open == '(') ++depth;
    } else if (ch == ',') {
      if (!element) return true;
      element = false;
    } else if (ch != ' ' && ch != '\t') {
      element = true;
      quoted = ch == '"';
      if (ch == open) depth = 1;
    }
  }
  return !element;
}

constexpr std::uint64_t list_fields = [] {
  std::uint64_t m = 0;
  for (std::size_t i = 0; i < field_id_count; ++i)
    if (is_list_field(static_cast<field_id>(i))) m |= field_index::bit(static_cast<field_id>(i));
  return m;
}();

void check_no_empty_list_elements(checker& c, field_id id, std::string_view name,
                                  std::string_view value) {
  // RFC 9110 §5.6.1.1: a sender MUST NOT generate empty list elements. An entirely empty value is
  // not an empty element (an empty Allow is legal).
  if (value.empty() || !may_have_empty_element(value)) return;
  if (has_empty_element(id, value)) c.emit("no-empty-list-elements", name, value);
}

// --- Whitespace and quoted-pairs in structured values (RFC 9110 §5.6.3, §5.6.4, §5.6.5) ---------

constexpr std::uint64_t fbit(field_id id) noexcept { return field_index::bit(id); }

// The fields whose OWS respolicy knows: around the commas of the list-based fields and the
// semicolons of parameters (Content-Type's and those inside list elements).
constexpr std::uint64_t ows_fields = list_fields | fbit(field_id::content_type);
// The fields whose grammar has quoted-strings (RFC 9110 §5.6.4) or comments (§5.6.5).
constexpr std::uint64_t quoting_fields = list_fields | fbit(field_id::content_type) |
                                         fbit(field_id::content_disposition) |
                                         fbit(field_id::server);
constexpr std::uint64_t comment_fields = fbit(field_id::server) | fbit(field_id::via);
constexpr std::uint64_t structured_fields = ows_fields | quoting_fields;

// Walks a structured value outside quoted strings, comments (in comment fields) and Link's
// <URI-Reference>: true, with its offset in `at`, when a run of whitespace inside the value and
// next to a ',' or ';' is anything but one SP.
bool has_long_separator_ows(field_id id, std::string_view v, std::size_t& at) noexcept {
  bool const comments = (comment_fields & fbit(id)) != 0;
  bool quoted = false, bracket = false;
  int depth = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    char const ch = v[i];
    if (quoted || depth > 0) {
      if (ch == '\\')
        ++i;
      else if (quoted && ch == '"')
        quoted = false;
      else if (depth > 0 && ch == '(')
        ++depth;
      else if (depth > 0 && ch == ')')
        --depth;
      continue;
    }
    if (bracket) {
      bracket = ch != '>';
      continue;
    }
    if (ch == '"')
      quoted = true;
    else if (ch == '(' && comments)
      depth = 1;
    else if (ch == '<' && id == field_id::link)
      bracket = true;
    if (!is_ows(ch)) continue;
    std::size_t j = i;
    while (j < v.size() && is_ows(v[j])) ++j;
    bool const separator = (i > 0 && (v[i - 1] == ',' || v[i - 1] == ';')) ||
                           (j < v.size() && (v[j] == ',' || v[j] == ';'));
    if (separator && (j - i != 1 || v[i] != ' ') && i > 0 && j < v.size()) {
      at = i;
      return true;
    }
    i = j - 1;
  }
  return false;
}

void check_ows_single_sp(checker& c, field_id id, std::string_view name, std::string_view v) {
  // RFC 9110 §5.6.3: OWS, where generated, is a single SP. Leading and trailing whitespace is
  // field-value-trimmed's. Called for values with an HTAB or two SPs in a row.
  std::size_t at = 0;
  if (has_long_separator_ows(id, v, at))
    c.emitf("ows-single-sp", name, "whitespace other than one SP at offset %zu", at);
}

void check_quoted_pair_minimal(checker& c, field_id id, std::string_view name, std::string_view v) {
  // RFC 9110 §5.6.4, §5.6.5. Called for values with a backslash.
  bool const comments = (comment_fields & fbit(id)) != 0;
  grammar::for_each_needless_quoted_pair(v, comments, [&](std::size_t at) {
    c.emitf("quoted-pair-minimal", name, "needless quoted-pair \"\\%c\" at offset %zu", v[at + 1],
            at);
    return false;  // the first is reported
  });
}

// End-to-end fields that must never be listed as connection options (RFC 9110 §7.6.1).
constexpr bool is_end_to_end(field_id id) noexcept {
  switch (id) {
    case field_id::accept_ranges:
    case field_id::age:
    case field_id::allow:
    case field_id::authentication_info:
    case field_id::cache_control:
    case field_id::content_disposition:
    case field_id::content_encoding:
    case field_id::content_language:
    case field_id::content_length:
    case field_id::content_location:
    case field_id::content_range:
    case field_id::content_type:
    case field_id::date:
    case field_id::etag:
    case field_id::expires:
    case field_id::last_modified:
    case field_id::link:
    case field_id::location:
    case field_id::retry_after:
    case field_id::server:
    case field_id::set_cookie:
    case field_id::vary:
    case field_id::www_authenticate: return true;
    default: return false;
  }
}

void scan_connection(checker& c, std::string_view value) {
  grammar::for_each_element(value, [&](std::string_view option) {
    if (iequals(option, "close"))
      c.connection_close = true;
    else if (iequals(option, "keep-alive"))
      c.connection_keep_alive = true;
    else if (iequals(option, "upgrade"))
      c.connection_upgrade = true;
    else if (is_end_to_end(lookup_field(option)))
      c.emit("connection-no-end-to-end-option", "Connection", option);
  });
}

// The singleton response fields (RFC 9110 §5.3): only list-based fields may occur on several lines.
constexpr std::uint64_t singleton_fields =
    field_index::bit(field_id::age) | field_index::bit(field_id::content_disposition) |
    field_index::bit(field_id::content_length) | field_index::bit(field_id::content_location) |
    field_index::bit(field_id::content_range) | field_index::bit(field_id::content_type) |
    field_index::bit(field_id::date) | field_index::bit(field_id::etag) |
    field_index::bit(field_id::expires) | field_index::bit(field_id::last_modified) |
    field_index::bit(field_id::location) | field_index::bit(field_id::retry_after) |
    field_index::bit(field_id::server);

void check_no_duplicate_singleton_field(checker& c) {
  auto repeated = c.index.repeated_ & singleton_fields;
  // RFC 9110 §5.3: "in a message (whether in the headers or trailers)": a trailer line repeats
  // a header line, or another trailer line, of its field.
  auto seen = c.index.present & singleton_fields;
  for (auto const& t : c.res.trailers) {
    auto const b = field_index::bit(lookup_field(t.name)) & singleton_fields;
    repeated |= seen & b;
    seen |= b;
  }
  if (!repeated) return;
  auto const& fields = c.res.fields;
  for (std::size_t i = 0; i < field_id_count; ++i) {
    auto const id = static_cast<field_id>(i);
    if (!(repeated & field_index::bit(id))) continue;
    // The finding shows the first line that repeats the field, in the header or trailer section.
    std::uint32_t lines = 0;
    c.line = diagnostic::no_line;
    for (std::size_t k = 0; k < fields.size() + c.res.trailers.size(); ++k) {
      auto const& f = k < fields.size() ? fields[k] : c.res.trailers[k - fields.size()];
      if (lookup_field(f.name) == id && ++lines == 2) c.line = static_cast<std::uint32_t>(k);
    }
    c.emitf("no-duplicate-singleton-field", name_of(id), "%u field lines", lines);
  }
  c.line = diagnostic::no_line;
}

void check_uri_length(checker& c) {
  // RFC 9110 §4.1: recipients are only asked to support 8000 octets.
  for (auto id : {field_id::location, field_id::content_location})
    if (auto v = c.value(id); v.size() > 8000)
      c.emitf("uri-length", name_of(id), "%zu octets", v.size());
}

void check_deprecated_fields(checker& c) {
  if (c.has(field_id::warning)) c.emit("deprecated-fields", "Warning", "obsoleted by RFC 9111");
  if (c.has(field_id::content_md5))
    c.emit("deprecated-fields", "Content-MD5", "obsoleted (RFC 7231 App. B)");
  if (c.has(field_id::pragma))
    c.emit("deprecated-fields", "Pragma",
           c.has(field_id::cache_control) ? "deprecated; Cache-Control is present"
                                          : "deprecated; use Cache-Control");
}

void check_reserved_field_names(checker& c) {
  if (c.has(field_id::star)) c.emit("reserved-field-names", "*", "reserved (RFC 9110 §18.4)");
  if (c.has(field_id::close)) c.emit("reserved-field-names", "Close", "reserved (RFC 9112 §9.6)");
}

void check_early_data_not_in_response(checker& c) {
  if (c.has(field_id::early_data)) c.emit("early-data-not-in-response", "Early-Data");
}

void check_connection_lists_hop_by_hop(checker& c) {
  // RFC 9110 §7.6.1. Upgrade has its own rule, upgrade-needs-connection-option.
  if (c.has(field_id::keep_alive) && !c.connection_keep_alive)
    c.emit("connection-lists-hop-by-hop", "Keep-Alive", "Connection does not list keep-alive");
  if (!c.has(field_id::proxy_connection)) return;
  // Connection is a list field and may span several lines (RFC 9110 §5.3).
  bool listed = false;
  for (auto const& f : c.res.fields)
    if (lookup_field(f.name) == field_id::connection)
      listed |= list_has(f.value, "proxy-connection");
  if (!listed)
    c.emit("connection-lists-hop-by-hop", "Proxy-Connection",
           "Connection does not list proxy-connection");
}

// The checks of one field line that its screen sends on; `b` is the field's bit (0 when unknown).
[[gnu::noinline]] void look_closer(checker& c, field_id id, std::uint64_t b, field_view const& f,
                                   unsigned screen) {
  if (id == field_id::unknown) check_field_name_token(c, f.name);
  if (screen & screen_suspect) check_field_value(c, f.name, f.value);
  if ((screen & (screen_suspect | screen_two_sp)) && (ows_fields & b))
    check_ows_single_sp(c, id, f.name, f.value);
  if ((screen & screen_backslash) && (quoting_fields & b))
    check_quoted_pair_minimal(c, id, f.name, f.value);
  if (id == field_id::connection) scan_connection(c, f.value);
  if (screen & screen_comma) check_no_empty_list_elements(c, id, f.name, f.value);  // lists only
}

}  // namespace

void scan_fields(checker& c, common_scan const* from) {
  auto const& fields = c.res.fields;
  // The lines the common pass accepted break none of the rules above and hold no Connection:
  // their places in the index are all they leave.
  if (from) c.index = from->index;
  for (std::uint32_t i = from ? from->lines : 0; i < fields.size(); ++i) {
    auto const& f = fields[i];
    auto const id = lookup_field(f.name);
    c.index.add(id, i);
    auto const b = id == field_id::unknown ? 0 : fbit(id);
    auto const screen = (structured_fields & b) ? screen_value(f.value, (list_fields & b) != 0)
                        : plain_text(f.value)   ? 0u
                                                : screen_suspect;
    // A clean value of a known field that needs no walk, the common case, ends here. Unknown
    // names are checked as tokens; Connection's options are always read.
    if (screen == 0 && b != 0 && id != field_id::connection) continue;
    c.line = i;  // what look_closer finds is about this line
    look_closer(c, id, b, f, screen);
    c.line = diagnostic::no_line;
  }
  if (c.has(field_id::content_length)) {
    if (auto const n = grammar::parse_decimal(c.value(field_id::content_length)))
      c.content_length = *n;
  }
  c.transfer_encoding = c.has(field_id::transfer_encoding);
  if (c.transfer_encoding) {
    // Every Transfer-Encoding line combined, as a recipient combines them (RFC 9110 §5.3).
    auto const f = read_framing(c.res.fields);
    c.chunked_final = f.chunked_last;
    c.chunked_codings = f.chunked;
  }
  for (std::size_t i = 0; i < c.res.trailers.size(); ++i) {
    auto const& t = c.res.trailers[i];
    c.line = static_cast<std::uint32_t>(fields.size() + i);
    check_field_name_token(c, t.name);
    check_field_value(c, t.name, t.value);
  }
  c.line = diagnostic::no_line;
}

void check_fields(checker& c) {
  // Most responses have none of the fields these rules look at: one test skips them all.
  constexpr auto b = [](field_id id) { return field_index::bit(id); };
  constexpr std::uint64_t looked_at =
      b(field_id::location) | b(field_id::content_location) | b(field_id::warning) |
      b(field_id::content_md5) | b(field_id::pragma) | b(field_id::star) | b(field_id::close) |
      b(field_id::early_data) | b(field_id::keep_alive) | b(field_id::proxy_connection);
  if (!c.index.any(looked_at) && !(c.index.repeated_ & singleton_fields) && c.res.trailers.empty())
    return;
  check_no_duplicate_singleton_field(c);
  check_uri_length(c);
  check_deprecated_fields(c);
  check_reserved_field_names(c);
  check_early_data_not_in_response(c);
  check_connection_lists_hop_by_hop(c);
}

}  // namespace respolicy::detail
