//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The common response, decided in one pass. Most responses a server sends are a 200 with a
// handful of fields in their usual form: Date, Server, Content-Type, Content-Length, ETag,
// Last-Modified, Cache-Control, Vary, Accept-Ranges, Content-Encoding and fields respolicy has no
// rules for. For such a response the checks of every catalog group return at their first test, one
// after the other; this pass reads each field once, in its usual form only, and stops at the first
// thing it does not know to be harmless. validate() then runs every check as usual.
//
// It answers "no rule applies" only when it can show it: each test below names the rules it
// rules out. Anything unusual (another status or field, a repeated field, a quoted string, a
// comment, OWS other than one SP after a separator, a value of more than 32 bytes in a
// structured field other than Cache-Control) sends the response to the full checks.
// tests/unit/common_response.cpp and fuzz_validate hold it to the full checks' verdict.

#include "detail/byte_masks.hpp"
#include "detail/checker.hpp"

#include <respolicy/grammar/http_date.hpp>

namespace respolicy::detail {
namespace {

constexpr std::uint64_t bit(field_id id) noexcept { return field_index::bit(id); }

// Names other than those of common_field(), out of line: one call site for the compiler to expand.
[[gnu::noinline]] field_id other_field(std::string_view name) noexcept {
  return lookup_field(name);
}

// True when `name` (of the known field's length) is that of the known field `Id`: its first byte
// (a quick refusal where several known names share a length), then its first and last word,
// compared as lookup_field() compares them, with the words as constants.
template <field_id Id>
[[gnu::always_inline]] inline bool is_name(std::string_view name) noexcept {
  constexpr auto const& w = field_words[static_cast<std::size_t>(Id)];
  static_assert(w.size <= 16, "a first and a last word cover the name");
  constexpr auto n = w.size;
  constexpr auto first_fold = static_cast<char>(w.mask[0] & 0xff);
  constexpr auto first = static_cast<char>(w.word[0] & 0xff);
  if ((name[0] | first_fold) != first) return false;
  auto const lead = load_le(name.data(), n < 8 ? n : 8);
  auto const last = n <= 8 ? lead : load_le(name.data() + n - 8, 8);
  return ((lead | w.mask[0]) ^ w.word[0]) == 0 && ((last | w.last_mask) ^ w.last_word) == 0;
}

// The one of the known fields `Ids`, all of `Length` bytes, that `name` (of that length) names;
// unknown for none of them.
template <std::size_t Length, field_id... Ids>
[[gnu::always_inline]] inline field_id one_of(std::string_view name) noexcept {
  static_assert(((field_words[static_cast<std::size_t>(Ids)].size == Length) && ...));
  field_id id = field_id::unknown;
  (void)((is_name<Ids>(name) && (id = Ids, true)) || ...);
  return id;
}

// The field of `name` when it is one the short way reads: the candidates its length points to.
// Any other name goes to lookup_field().
[[gnu::always_inline]] inline field_id common_field(std::string_view name) noexcept {
  using enum field_id;
  field_id id = unknown;
  switch (name.size()) {
    case 4: id = one_of<4, date, etag, vary>(name); break;
    case 6: id = one_of<6, server>(name); break;
    case 12: id = one_of<12, content_type>(name); break;
    case 13: id = one_of<13, last_modified, cache_control, accept_ranges>(name); break;
    case 14: id = one_of<14, content_length>(name); break;
    case 16: id = one_of<16, content_encoding>(name); break;
    default: break;
  }
  return id != unknown ? id : other_field(name);
}

// field-name-token; field-value-trimmed, field-value-no-cr-lf-nul, field-value-no-ctl,
// field-value-ascii, no-obs-fold: a field respolicy knows no rules for.
bool plain_unknown_field(field_view const& f) noexcept {
  byte_masks m;
  if (!m.load(f.name)) return false;
  // Bytes outside 0x20-0x7E are among those not_word() has, and no tchar.
  for (auto rest = m.not_word(); rest != 0; rest &= rest - 1)
    if (!is_tchar(f.name[static_cast<std::size_t>(std::countr_zero(rest))])) return false;
  return plain_text(f.value);
}

// 1 to 8 ASCII digits, read in one word: false when a byte is not a digit.
inline bool read_digits(std::string_view s, std::uint32_t& out) noexcept {
  auto const n = s.size();
  if (n - 1 >= 8) return false;  // empty (wraps around) or longer
  // The digits at the top of the word, '0's below them: "512" reads as "00000512".
  auto const zeros = 0x3030303030303030ull;
  auto const w = load_le(s.data(), n) << (8 * (8 - n)) | (n == 8 ? 0 : zeros >> (8 * n));
  constexpr std::uint64_t high = 0xF0F0F0F0F0F0F0F0ull;
  if ((w & high) != zeros || ((w + 0x0606060606060606ull) & high) != zeros) return false;
  // Pairs, then fours, then all eight: 10 * a + b in each step's wider lanes.
  auto d = w - zeros;
  d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFull;
  d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFull;
  out = static_cast<std::uint32_t>((d * 10000 + (d >> 32)) & 0xFFFFFFFFull);
  return true;
}

// Content-Length (content-length-syntax): 1*DIGIT that fits 64 bits.
bool plain_decimal(std::string_view v, std::uint64_t& out) noexcept {
  if (std::uint32_t short_value = 0; read_digits(v, short_value)) {
    out = short_value;
    return true;
  }
  auto const n = parse_decimal(v);
  if (n) out = *n;
  return n.has_value();
}

constexpr bool two_or_more(std::uint64_t bits) noexcept { return (bits & (bits - 1)) != 0; }

// The bytes of `v` equal to `c` among those of `candidates`, which are few: the stops of a
// byte_masks::not_word() mask, where `c` is one of the rarer tchars.
inline std::uint64_t bytes_among(std::string_view v, std::uint64_t candidates, char c) noexcept {
  std::uint64_t out = 0;
  for (; candidates != 0; candidates &= candidates - 1) {
    auto const low = candidates & (0 - candidates);
    if (v[static_cast<std::size_t>(std::countr_zero(candidates))] == c) out |= low;
  }
  return out;
}

// True when `s` is exactly the literal `lit` of 1 to 24 bytes: a few word compares, where memcmp
// would be a call.
template <std::size_t N>
bool is(std::string_view s, char const (&lit)[N]) noexcept {
  constexpr std::size_t n = N - 1;
  static_assert(n >= 1 && n <= 24);
  if (s.size() != n) return false;
  if constexpr (n < 8) {
    return load_le(s.data(), n) == load_le(lit, n);
  } else {
    bool same = load_le(s.data() + n - 8, 8) == load_le(lit + n - 8, 8);
    for (std::size_t i = 0; i + 8 < n; i += 8)
      same &= load_le(s.data() + i, 8) == load_le(lit + i, 8);
    return same;
  }
}

// Content-Type: `type "/" subtype *( ";" [SP] token "=" token )`. Tokens only, so no
// quoted-string (quoted-pair-minimal) and no OWS but one SP after ";" (ows-single-sp,
// parameter-no-ws-around-equals); the grammar holds (content-type-syntax). Multipart types
// (multipart-*, 206 parts) and problem types (problem-*) are left to the full checks.
bool plain_content_type(std::string_view v) noexcept {
  byte_masks m;
  if (!m.load(v)) return false;
  token_reader r(v, m.not_word());
  if (!r.token()) return false;
  std::string_view const type(v.data(), r.pos());
  if (!r.consume('/')) return false;
  auto const subtype_at = r.pos();
  if (!r.token()) return false;
  std::string_view const subtype(v.data() + subtype_at, r.pos() - subtype_at);
  while (!r.done()) {
    if (!r.consume(';')) return false;
    r.consume(' ');
    if (!r.token() || !r.consume('=') || !r.token()) return false;
  }
  if (iequals(type, "multipart")) return false;
  return !(iequals(type, "application") && istarts_with(subtype, "problem"));
}

// Server: `product *( SP product )`, product = `token ["/" token]`, no comments. At most two
// products and fewer than two dots in all (server-minimal); the grammar holds (server-syntax).
bool plain_server(std::string_view v) noexcept {
  byte_masks m;
  if (!m.load(v)) return false;
  auto const stops = m.not_word();
  if (two_or_more(bytes_among(v, stops, '.'))) return false;
  token_reader r(v, stops);
  int products = 0;
  do {
    if (!r.token() || (r.consume('/') && !r.token())) return false;
    ++products;
  } while (r.consume(' '));
  return r.done() && products <= 2;
}

// Vary: `field-name *( "," [SP] field-name )` without "*" (vary-syntax,
// vary-star-not-from-proxy, no-empty-list-elements, ows-single-sp).
bool plain_vary(std::string_view v) noexcept {
  byte_masks m;
  if (!m.load(v)) return false;
  auto const stops = m.not_word();
  if (bytes_among(v, stops, '*')) return false;
  token_reader r(v, stops);
  do {
    if (!r.token()) return false;
    if (r.done()) return true;
  } while (r.consume(',') && (r.consume(' '), true));
  return false;
}

// ETag: `"` *etagc `"`, or the same after "W/", without a backslash (etag-syntax,
// etag-no-backslash).
bool plain_etag(std::string_view v) noexcept {
  byte_masks m;
  if (!m.load(v) || v.size() < 2 || v.back() != '"') return false;
  std::size_t const open = v.front() == '"' ? 0 : v.size() >= 4 && v.starts_with("W/\"") ? 2 : 1;
  if (open == 1) return false;
  // The two quotes are the only bytes outside etagc, and none is a backslash.
  auto const quotes = std::uint64_t{1} << open | std::uint64_t{1} << (v.size() - 1);
  return m.odd_or('"', ' ', '\\') == quotes;
}

// What the usual Cache-Control values say, for the caching rules.
struct cache_facts {
  std::uint32_t seen = 0;  // one bit per directive below
  std::uint32_t max_age = 0, s_maxage = 0;
};

constexpr std::uint32_t cc_public = 1, cc_private = 2, cc_no_cache = 4, cc_no_store = 8,
                        cc_max_age = 16, cc_s_maxage = 32, cc_no_transform = 64,
                        cc_must_revalidate = 128, cc_proxy_revalidate = 256, cc_immutable = 512,
                        cc_stale_while_revalidate = 1024, cc_stale_if_error = 2048;

// A directive at the start of `rest`: its bit, its name's size and whether it takes
// delta-seconds; bit 0 when none is there.
struct directive {
  std::uint32_t bit = 0;
  std::size_t size = 0;
  bool delta = false;
};

// True when `rest` starts with the directive name `lit`, followed by "=", "," or the end.
template <std::size_t N>
[[gnu::always_inline]] inline bool starts_with_name(std::string_view rest,
                                                    char const (&lit)[N]) noexcept {
  constexpr std::size_t n = N - 1;
  return rest.size() >= n && is(rest.substr(0, n), lit) &&
         (rest.size() == n || rest[n] == ',' || rest[n] == '=');
}

// The directives RFC 9111, RFC 5861 and RFC 8246 define for responses, lower case as they write
// them, told apart by their first letter.
directive directive_at(std::string_view rest) noexcept {
  if (rest.empty()) return {};
  switch (rest[0]) {
    case 'p':
      if (starts_with_name(rest, "public")) return {cc_public, 6, false};
      if (starts_with_name(rest, "private")) return {cc_private, 7, false};
      if (starts_with_name(rest, "proxy-revalidate")) return {cc_proxy_revalidate, 16, false};
      return {};
    case 'm':
      if (starts_with_name(rest, "max-age")) return {cc_max_age, 7, true};
      if (starts_with_name(rest, "must-revalidate")) return {cc_must_revalidate, 15, false};
      return {};
    case 'n':
      if (starts_with_name(rest, "no-cache")) return {cc_no_cache, 8, false};
      if (starts_with_name(rest, "no-store")) return {cc_no_store, 8, false};
      if (starts_with_name(rest, "no-transform")) return {cc_no_transform, 12, false};
      return {};
    case 's':
      if (starts_with_name(rest, "s-maxage")) return {cc_s_maxage, 8, true};
      if (starts_with_name(rest, "stale-while-revalidate"))
        return {cc_stale_while_revalidate, 22, true};
      if (starts_with_name(rest, "stale-if-error")) return {cc_stale_if_error, 14, true};
      return {};
    case 'i':
      if (starts_with_name(rest, "immutable")) return {cc_immutable, 9, false};
      return {};
    default: return {};
  }
}

// Cache-Control: known directives, each once, `directive *( "," [SP] directive )`; the
// delta-seconds ones with 1 to 9 digits in token form, the others without an argument
// (cache-control-syntax, cc-required-argument, cc-delta-seconds-token-form, cc-no-argument,
// cc-field-list-quoted, cc-request-only-directive, cc-must-understand-with-no-store,
// no-empty-list-elements, ows-single-sp). No conflict among them
// (cc-no-duplicates-or-conflicts). Every byte is a directive's name, "=", a digit, "," or the one
// SP after it, so no other byte (field-value-*) gets through.
bool plain_cache_control(std::string_view v, cache_facts& k) noexcept {
  auto const n = v.size();
  for (std::size_t pos = 0;;) {
    auto const d = directive_at(v.substr(pos));
    if (d.bit == 0 || (k.seen & d.bit)) return false;
    k.seen |= d.bit;
    pos += d.size;
    if (d.delta) {
      if (pos == n || v[pos] != '=') return false;
      auto const at = ++pos;
      std::uint32_t seconds = 0;
      for (; pos < n && pos - at < 9; ++pos) {
        auto const digit = static_cast<unsigned>(v[pos] - '0');
        if (digit > 9) break;
        seconds = seconds * 10 + digit;
      }
      if (pos == at) return false;
      if (d.bit == cc_max_age) k.max_age = seconds;
      if (d.bit == cc_s_maxage) k.s_maxage = seconds;
    }
    if (pos == n) break;
    if (v[pos] != ',') return false;
    pos += pos + 1 < n && v[pos + 1] == ' ' ? 2 : 1;
  }
  auto const has = [&](std::uint32_t b) { return (k.seen & b) != 0; };
  bool const fresh = k.max_age > 0 || k.s_maxage > 0;
  if (has(cc_public) && has(cc_private | cc_no_store)) return false;
  if (fresh && has(cc_no_store | cc_no_cache)) return false;
  return !(has(cc_private) && has(cc_s_maxage));
}

}  // namespace

bool check_common_response(response_view const& res, request_context const* req, policy const& pol,
                           report& out, severity least) {
  // The status line (status-code-*, reason-phrase-*, http-version-syntax, response-version), the
  // framing rules of statuses without content and the per-status rules other than
  // 200-validators; date-required, date-no-clock, age-not-from-origin and the server roles'
  // rules; non-persistent-server-sends-close; trailer-* and trailers-need-te.
  if (res.status != 200 || res.version != 11 || !is(res.reason, "OK") || !res.body_size ||
      !res.trailers.empty())
    return false;
  if (pol.role() != server_role::origin || !pol.has_clock() || !pol.persistent_connections())
    return false;

  // The request (group 2.7): for a 200 to GET, POST, PUT, DELETE or PATCH only
  // connection-close-echo, http10-keep-alive (both need the request's Connection),
  // shared-cache-authorization (its Authorization), content-length-head-matches-get and the HEAD
  // rules (equivalent_200) can apply.
  method_id method = method_id::unknown;
  if (req) {
    method = lookup_method(req->method);
    switch (method) {
      case method_id::unknown:
      case method_id::get:
      case method_id::post:
      case method_id::put:
      case method_id::delete_:
      case method_id::patch: break;
      default: return false;
    }
    if ((req->version != 11 && req->version != 10) || req->equivalent_200) return false;
    for (auto const& f : req->fields) {
      auto const n = f.name.size();
      if (n != 10 && n != 13) continue;  // "Connection", "Authorization"
      auto const id = common_field(f.name);
      if (id == field_id::connection || id == field_id::authorization) return false;
    }
  }

  // The fields, each once. Which fields are present goes to the index at the end, for
  // check_200_validators().
  std::uint64_t present = 0;
  std::uint64_t content_length = 0;
  std::int64_t date = 0, last_modified = 0;
  cache_facts cache;
  for (auto const& f : res.fields) {
    auto const id = common_field(f.name);
    // no-duplicate-singleton-field, and lines of a list field that would have to be merged.
    auto const b = id == field_id::unknown ? 0 : bit(id);
    if (present & b) return false;
    present |= b;
    bool plain = false;
    switch (id) {
      case field_id::unknown: plain = plain_unknown_field(f); break;
      // date-syntax, last-modified-syntax, http-date-imf-fixdate, http-date-calendar.
      case field_id::date: plain = grammar::detail::imf_fixdate_seconds(f.value, date); break;
      case field_id::last_modified:
        plain = grammar::detail::imf_fixdate_seconds(f.value, last_modified);
        break;
      case field_id::content_length: plain = plain_decimal(f.value, content_length); break;
      case field_id::content_type: plain = plain_content_type(f.value); break;
      case field_id::server: plain = plain_server(f.value); break;
      case field_id::etag: plain = plain_etag(f.value); break;
      case field_id::cache_control: plain = plain_cache_control(f.value, cache); break;
      case field_id::vary: plain = plain_vary(f.value); break;
      // accept-ranges-syntax, and the list rules of field syntax: one unit, as servers send it.
      case field_id::accept_ranges: plain = is(f.value, "bytes") || is(f.value, "none"); break;
      // content-encoding-syntax, content-encoding-no-identity and the list rules: one coding of
      // those servers apply to content (RFC 9110 §8.4.1, RFC 7932, RFC 8878).
      case field_id::content_encoding:
        plain = is(f.value, "gzip") || is(f.value, "br") || is(f.value, "zstd") ||
                is(f.value, "deflate");
        break;
      default: break;  // any other known field
    }
    if (!plain) return false;
  }
  auto const has = [&](field_id id) { return (present & bit(id)) != 0; };
  // date-required.
  if (!has(field_id::date)) return false;
  // content-length-accurate, content-length-when-known, prefer-explicit-framing,
  // close-delimited-needs-connection-close, 200-empty-needs-explicit-length.
  if (!has(field_id::content_length) || content_length != *res.body_size) return false;
  // content-type-present.
  if (content_length != 0 && !has(field_id::content_type)) return false;
  if (has(field_id::last_modified)) {
    // last-modified-not-after-date.
    if (last_modified > date) return false;
    // heuristic-cacheability: a 200 to GET with Last-Modified and no explicit freshness.
    constexpr std::uint32_t explicit_freshness =
        cc_max_age | cc_s_maxage | cc_no_store | cc_no_cache;
    if (method == method_id::get && !(cache.seen & explicit_freshness)) return false;
  }
  // 200-validators, which only a response to GET (or HEAD) without either validator can break;
  // the checker is set up only when its finding would be recorded.
  constexpr rule_index validators{"200-validators"};
  if (method == method_id::get &&
      !(present & (bit(field_id::etag) | bit(field_id::last_modified))) &&
      recorded(validators, pol.severity_of(validators), least)) {
    checker c(res, req, pol, out, least);
    c.index.present = present;
    c.rq.method = method;
    check_200_validators(c);
  }
  return true;
}

}  // namespace respolicy::detail
