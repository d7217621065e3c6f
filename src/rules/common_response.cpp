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
// It answers "no rule applies" only when it can show it. common_response.hpp lists every checked
// rule once, as decided here or as not applicable to a response that gets past the first tests;
// the comments below say why each test rules out what it does. The values are read in the forms
// the grammars' fast entry points take (src/grammar/plain.hpp, read_short_decimal(),
// is_directive(), imf_fixdate_seconds()). Anything unusual (another status or field, a repeated
// field, a quoted string, a comment, OWS other than one SP after a separator, a value of more
// than 32 bytes in a structured field other than Cache-Control) sends the response to the full
// checks. tests/unit/common_response.cpp and fuzz_validate hold it to the full checks' verdict.

#include "rules/common_response.hpp"

#include "detail/byte_masks.hpp"
#include "detail/checker.hpp"
#include "detail/date_memo.hpp"
#include "grammar/plain.hpp"

#include <respolicy/grammar/cache_control.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/grammar/http_date.hpp>

#include <bit>
#include <span>

namespace respolicy::detail {
namespace {

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

// The field of `name` when it is one of the ten the short way reads: the candidates its length
// points to; unknown for any other name.
[[gnu::always_inline]] inline field_id read_field(std::string_view name) noexcept {
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
  return id;
}

// The field of `name`: one of the ten the short way reads, or what lookup_field() says.
[[gnu::always_inline]] inline field_id common_field(std::string_view name) noexcept {
  auto const id = read_field(name);
  return id != field_id::unknown ? id : other_field(name);
}

constexpr std::uint64_t ten_fields =
    field_index::bit(field_id::date) | field_index::bit(field_id::last_modified) |
    field_index::bit(field_id::content_length) | field_index::bit(field_id::content_type) |
    field_index::bit(field_id::server) | field_index::bit(field_id::etag) |
    field_index::bit(field_id::cache_control) | field_index::bit(field_id::vary) |
    field_index::bit(field_id::accept_ranges) | field_index::bit(field_id::content_encoding);

// A field respolicy knows no rules for: a token for a name, a value of visible ASCII and inner SP
// only (no CR, LF, NUL or other control byte, no obs-fold, nothing to trim).
bool plain_unknown_field(field_view const& f) noexcept {
  byte_masks m;
  if (!m.load(f.name)) return false;
  // Bytes outside 0x20-0x7E are among those not_word() has, and no tchar.
  for (auto rest = m.not_word(); rest != 0; rest &= rest - 1)
    if (!is_tchar(f.name[static_cast<std::size_t>(std::countr_zero(rest))])) return false;
  return plain_text(f.value);
}

// Content-Length: 1*DIGIT that fits 64 bits. The short form (up to 8 digits) is read here as one
// word, inlined into the walk; parse_decimal() reads the rest.
bool plain_decimal(std::string_view v, std::uint64_t& out) noexcept {
  if (grammar::detail::read_short_decimal(v, out)) return true;
  auto const n = grammar::parse_decimal(v);
  if (n) out = *n;
  return n.has_value();
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

// Content-Type in the form grammar::detail::read_plain_media_type() reads: tokens only, so no
// quoted-string and no OWS but one SP after ";", none around "=". Multipart types (whose content
// the full checks read) and problem types (problem details) are left to the full checks.
[[gnu::always_inline]] inline bool plain_content_type(std::string_view v) noexcept {
  grammar::media_type m;
  if (!grammar::detail::read_plain_media_type(v, m)) return false;
  if (iequals(m.type, "multipart")) return false;
  return !(iequals(m.type, "application") && istarts_with(m.subtype, "problem"));
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

// Server in the form grammar::detail::read_plain_products() reads: products without comments. At
// most two of them and fewer than two dots in all, so not the detail RFC 9110 §10.2.4
// discourages. The dots are found among the masks' stops, which the grammar then reads.
bool plain_server(std::string_view v) noexcept {
  byte_masks m;
  if (!m.load(v)) return false;
  auto const stops = m.not_word();
  if (two_or_more(bytes_among(v, stops, '.'))) return false;
  std::size_t products = 0;
  return grammar::detail::read_plain_products(v, stops, products) && products <= 2;
}

// What the usual Cache-Control values say, for the caching rules.
struct cache_facts {
  std::uint32_t seen = 0;  // one bit per grammar::cache_directive_id
  std::uint32_t max_age = 0, s_maxage = 0;
};

using grammar::cache_control;

// The known directive at the start of `rest`, followed by "=", "," or the end; extension for any
// other. The candidates are told apart by their first letter, each compared with the grammar's
// name (grammar::detail::is_directive(), a word or two), so the name's end need not be found
// first. They are the directives RFC 9111, RFC 5861 and RFC 8246 define for responses, but
// must-understand, which asks for no-store beside it.
grammar::cache_directive_id directive_at(std::string_view rest) noexcept {
  using enum grammar::cache_directive_id;
  auto const at = [rest](grammar::cache_directive_id id) {
    auto const n = grammar::name_of(id).size();
    return rest.size() >= n && grammar::detail::is_directive({rest.data(), n}, id) &&
           (rest.size() == n || rest[n] == ',' || rest[n] == '=');
  };
  if (rest.empty()) return extension;
  switch (rest[0] | 0x20) {
    case 'p':
      return at(public_)            ? public_
             : at(private_)         ? private_
             : at(proxy_revalidate) ? proxy_revalidate
                                    : extension;
    case 'm': return at(max_age) ? max_age : at(must_revalidate) ? must_revalidate : extension;
    case 'n':
      return at(no_cache)       ? no_cache
             : at(no_store)     ? no_store
             : at(no_transform) ? no_transform
                                : extension;
    case 's':
      return at(s_maxage)                 ? s_maxage
             : at(stale_while_revalidate) ? stale_while_revalidate
             : at(stale_if_error)         ? stale_if_error
                                          : extension;
    case 'i': return at(immutable) ? immutable : extension;
    default: return extension;
  }
}

// Cache-Control: known directives, each once, `directive *( "," [SP] directive )`; those that
// take delta-seconds (grammar::argument_of()) with 1 to 9 digits in token form, the others without
// an argument, so no quoted-string, no empty element and no OWS but one SP after a comma. No
// conflict among them. Every byte is a directive's name, "=", a digit, "," or the one SP after
// it, so no other byte (the field-value rules) gets through.
[[gnu::always_inline]] inline bool plain_cache_control(std::string_view v,
                                                       cache_facts& k) noexcept {
  using grammar::cache_directive_id;
  auto const n = v.size();
  for (std::size_t pos = 0;;) {
    auto const id = directive_at({v.data() + pos, n - pos});
    auto const b = cache_control::bit(id);
    if (id == cache_directive_id::extension || (k.seen & b)) return false;
    k.seen |= b;
    pos += grammar::name_of(id).size();
    if (grammar::argument_of(id) == grammar::cache_argument::delta_seconds) {
      if (pos == n || v[pos] != '=') return false;
      auto const at = ++pos;
      std::uint32_t seconds = 0;
      for (; pos < n && pos - at < 9; ++pos) {
        auto const digit = static_cast<unsigned>(v[pos] - '0');
        if (digit > 9) break;
        seconds = seconds * 10 + digit;
      }
      if (pos == at) return false;
      if (id == cache_directive_id::max_age) k.max_age = seconds;
      if (id == cache_directive_id::s_maxage) k.s_maxage = seconds;
    }
    if (pos == n) break;
    if (v[pos] != ',') return false;
    pos += pos + 1 < n && v[pos + 1] == ' ' ? 2 : 1;
  }
  using enum cache_directive_id;
  auto const has = [&](std::uint32_t b) { return (k.seen & b) != 0; };
  bool const fresh = k.max_age > 0 || k.s_maxage > 0;
  if (has(cache_control::bit(public_)) &&
      has(cache_control::bit(private_) | cache_control::bit(no_store)))
    return false;
  if (fresh && has(cache_control::bit(no_store) | cache_control::bit(no_cache))) return false;
  return !(has(cache_control::bit(private_)) && has(cache_control::bit(s_maxage)));
}

// The pass gives up at line `stop` of `fields`; the full checks go on from there with what it
// read. The lines before `stop` hold each field of `present` once, all of them among the ten, and
// names lookup_field() does not know. So the walk stores no position (a store per line costs the
// common response more than this costs the others): here each of the ten is found by its name
// alone (read_field(), not lookup_field()).
[[gnu::cold]] bool gave_up(common_scan& found, std::span<field_view const> fields,
                           std::uint64_t present, std::uint32_t stop) noexcept {
  found.index.present = present;
  for (std::uint32_t i = 0; i < stop && present != 0; ++i) {
    auto const id = read_field(fields[i].name);
    if (id == field_id::unknown || !(present & field_bit(id))) continue;
    found.index.first[static_cast<std::size_t>(id)] = i;
    present &= ~field_bit(id);
  }
  found.lines = stop;
  return false;
}

// The pass gives up having read every line.
[[gnu::cold]] bool read_all(common_scan& found, std::span<field_view const> fields,
                            std::uint64_t present) noexcept {
  return gave_up(found, fields, present, static_cast<std::uint32_t>(fields.size()));
}

// The value of line `i` is not in its usual form; `present` holds its field too, which leaves it:
// the one field other than the ten, if any, or the one of the ten its name is, or an unknown one.
[[gnu::cold]] bool gave_up_at(common_scan& found, std::span<field_view const> fields,
                              std::uint64_t present, field_view const& line) noexcept {
  auto const i = static_cast<std::uint32_t>(&line - fields.data());
  auto const other = present & ~ten_fields;
  auto const id =
      other != 0 ? static_cast<field_id>(std::countr_zero(other)) : read_field(line.name);
  return gave_up(found, fields, present & ~(id == field_id::unknown ? 0 : field_bit(id)), i);
}

}  // namespace

bool check_common_response(response_view const& res, request_context const* req, policy const& pol,
                           report& out, severity least) {
  common_scan found;
  return check_common_response(res, req, pol, out, least, found);
}

// Flattened: every reader of the walk is inlined into it. GCC otherwise decides call by call as the
// function's size moves: without it the typical 200 took 1425 instructions per validate() call
// instead of 1361 (benchmarks/callgrind.sh).
[[gnu::flatten]] bool check_common_response(response_view const& res, request_context const* req,
                                            policy const& pol, report& out, severity least,
                                            common_scan& found) {
  // A 200 "OK" in HTTP/1.1 with a known size, no trailers, from an origin server with a clock
  // and persistent connections: the rules of other status lines, versions, roles and policies
  // and of trailers cannot apply (common_pass::other_status, other_version, other_policy,
  // trailers).
  if (res.status != 200 || res.version != 11 || !is(res.reason, "OK") || !res.body_size ||
      !res.trailers.empty())
    return false;
  if (pol.role() != server_role::origin || !pol.has_clock() || !pol.persistent_connections())
    return false;

  // The request: of the rules of group 2.7, a 200 to GET, POST, PUT, DELETE or PATCH without an
  // equivalent 200 can break only those that read its Connection or Authorization fields
  // (common_pass::other_request).
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
  // check_200_validators(), and to `found` if the pass gives up: the full checks go on from there.
  std::uint64_t present = 0;
  std::uint64_t content_length = 0;
  std::int64_t date = 0, last_modified = 0;
  cache_facts cache;
  auto const fields = res.fields;
  for (auto const& f : fields) {
    auto const id = common_field(f.name);
    // Each known field once: no singleton repeated, no list field's lines to merge. Any known
    // field but these ten ends the pass (common_pass::other_field).
    auto const b = id == field_id::unknown ? 0 : field_bit(id);
    if (present & b)
      return gave_up(found, fields, present, static_cast<std::uint32_t>(&f - fields.data()));
    present |= b;
    bool plain = false;
    switch (id) {
      case field_id::unknown: plain = plain_unknown_field(f); break;
      // IMF-fixdate, on a day the calendar has.
      case field_id::date: plain = read_fixdate(f.value, date_slot::date, date); break;
      case field_id::last_modified:
        plain = read_fixdate(f.value, date_slot::last_modified, last_modified);
        break;
      case field_id::content_length: plain = plain_decimal(f.value, content_length); break;
      case field_id::content_type: plain = plain_content_type(f.value); break;
      case field_id::server: plain = plain_server(f.value); break;
      case field_id::etag: plain = grammar::detail::is_plain_entity_tag(f.value); break;
      case field_id::cache_control: plain = plain_cache_control(f.value, cache); break;
      // Field names only: no "*", no empty element, no OWS but one SP after a comma.
      case field_id::vary: plain = grammar::detail::is_plain_vary(f.value); break;
      // One unit, as servers send it: no list to read.
      case field_id::accept_ranges: plain = is(f.value, "bytes") || is(f.value, "none"); break;
      // One coding of those servers apply to content (RFC 9110 §8.4.1, RFC 7932, RFC 8878), not
      // identity, and no list to read.
      case field_id::content_encoding:
        plain = is(f.value, "gzip") || is(f.value, "br") || is(f.value, "zstd") ||
                is(f.value, "deflate");
        break;
      default: break;  // any other known field
    }
    if (!plain) return gave_up_at(found, fields, present, f);
  }
  // Every line is read: what follows decides on the whole field section.
  auto const has = [&](field_id id) { return (present & field_bit(id)) != 0; };
  // An origin server with a clock sends Date (RFC 9110 §6.6.1).
  if (!has(field_id::date)) return read_all(found, fields, present);
  // Framed by one Content-Length equal to the content's size.
  if (!has(field_id::content_length) || content_length != *res.body_size)
    return read_all(found, fields, present);
  // Content is labelled.
  if (content_length != 0 && !has(field_id::content_type)) return read_all(found, fields, present);
  if (has(field_id::last_modified)) {
    // Last-Modified is not later than Date (RFC 9110 §8.8.2.1).
    if (last_modified > date) return read_all(found, fields, present);
    // A 200 to GET with Last-Modified and no explicit freshness is cached heuristically, which
    // the full checks report.
    using enum grammar::cache_directive_id;
    constexpr std::uint32_t explicit_freshness =
        cache_control::bit(max_age) | cache_control::bit(s_maxage) | cache_control::bit(no_store) |
        cache_control::bit(no_cache);
    if (method == method_id::get && !(cache.seen & explicit_freshness))
      return read_all(found, fields, present);
  }
  // 200-validators, checked by its own function: only a response to GET (or HEAD) without either
  // validator can break it. The checker is set up only when its finding would be recorded.
  constexpr rule_index validators{"200-validators"};
  if (method == method_id::get &&
      !(present & (field_bit(field_id::etag) | field_bit(field_id::last_modified))) &&
      recorded(validators, pol.severity_of(validators), least)) {
    checker c(res, req, pol, out, least);
    c.index.present = present;
    c.rq.method = method;
    check_200_validators(c);
  }
  return true;
}

}  // namespace respolicy::detail
