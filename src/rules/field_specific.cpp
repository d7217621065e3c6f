//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.5 for Allow, Retry-After, Content-Range, Accept-Ranges, ETag, the date fields,
// Age, Cache-Control and Vary. Each field is parsed only when present, with the parsers of
// respolicy::grammar. Date, Last-Modified, Expires and Cache-Control are parsed by scan_cache(), in
// the scan phase, into checker::cache, which the checks here and the caching rules (2.6) read;
// the checks here read a line of them again only when it may hold a finding.

#include "detail/checker.hpp"
#include "detail/date_memo.hpp"

#include <respolicy/grammar/accept_ranges.hpp>
#include <respolicy/grammar/allow.hpp>
#include <respolicy/grammar/cache_control.hpp>
#include <respolicy/grammar/content_range.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/grammar/entity_tag.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/grammar/retry_after.hpp>
#include <respolicy/grammar/vary.hpp>

#include <algorithm>
#include <limits>

namespace respolicy::detail {
namespace {

namespace g = grammar;
using ccid = g::cache_directive_id;

// A value without OWS at its ends, which field-value-trimmed reports; most values have none.
inline std::string_view trimmed(std::string_view v) noexcept {
  return !v.empty() && (g::is_ows(v.front()) || g::is_ows(v.back())) ? g::trim_ows(v) : v;
}

// Calls f(value) for every line of the known field `id`, without OWS at its ends.
template <class F>
void for_each_trimmed_line(checker& c, field_id id, F&& f) {
  for_each_line(c, id, [&](std::string_view v) { f(trimmed(v)); });
}

// "<what> at offset N: "<value>"", the value cut to fit the diagnostic's text.
[[gnu::noinline]] void emit_parse_error(checker& c, rule_index r, field_id id,
                                        std::string_view value, g::parse_error const& e) {
  int const shown = static_cast<int>(std::min<std::size_t>(value.size(), 48));
  c.emitf(r, name_of(id), "%.*s at offset %zu: \"%.*s%s\"", static_cast<int>(e.what.size()),
          e.what.data(), e.offset, shown, value.data(), value.size() > 48 ? "..." : "");
}

// RFC 9110 §5.6.7: a sender generates IMF-fixdate; the RFC 850 and asctime forms are only
// accepted from old senders. The field's own rule reports values that are no HTTP-date at all.
[[gnu::noinline]] void emit_obsolete_date(checker& c, field_id id, g::date_form f) {
  c.emitf("http-date-imf-fixdate", name_of(id), "obsolete %s date form", g::to_string(f).data());
}

// A date that matches the grammar but names no real moment (RFC 5322 §3.3, through RFC 9110
// §5.6.7): a wrong day name, February 30, hour 24. The grammar reports it as error::invalid.
[[gnu::noinline]] void emit_date_error(checker& c, rule_index r, field_id id,
                                       std::string_view value, g::parse_error const& e) {
  if (e.code == g::error::invalid) return emit_parse_error(c, "http-date-calendar", id, value, e);
  emit_parse_error(c, r, id, value, e);
}

// ---------------------------------------------------------------------------------------------
// Date, Last-Modified, Expires (RFC 9110 §5.6.7, §6.6.1, §8.8.2; RFC 9111 §5.3)

// One line of a date field. Last-Modified and Expires resolve RFC 850 years against Date, once
// scan_cache() has it.
g::result<g::http_date> parse_date_line(checker const& c, field_id id,
                                        std::string_view v) noexcept {
  return c.cache.date && id != field_id::date
             ? g::parse_http_date(v,
                                  std::chrono::sys_seconds{std::chrono::seconds{c.cache.date_time}})
             : g::parse_http_date(v);
}

// The instant of a date field's first line, in `time`, when it parses. The common case first: one
// line holding a valid IMF-fixdate breaks no rule, and only its instant is needed
// (parse_http_date() takes the same path first, and read_fixdate() remembers the last one of each
// field); it has no OWS at its ends, so the value need not be trimmed. Any other field is marked
// for check_date_lines().
template <field_id id>
bool scan_date(checker& c, std::int64_t& time) {
  constexpr date_slot slot = id == field_id::date            ? date_slot::date
                             : id == field_id::last_modified ? date_slot::last_modified
                                                             : date_slot::expires;
  static_assert(id == field_id::date || id == field_id::last_modified || id == field_id::expires);
  bool const fixdate = read_fixdate(c.value(id), slot, time);
  // A repeated field is checked line by line however its first line reads.
  if (fixdate && !c.index.repeated(id)) return true;
  c.cache.unusual |= field_bit(id);
  if (fixdate) return true;
  auto const d = parse_date_line(c, id, trimmed(c.value(id)));
  if (d) time = d->time.time_since_epoch().count();
  return d.has_value();
}

// Reports each line of a date field that scan_cache() marked which is not an IMF-fixdate.
[[gnu::noinline]] void check_date_lines(checker& c, field_id id, rule_index r) {
  for_each_trimmed_line(c, id, [&](std::string_view v) {
    auto const d = parse_date_line(c, id, v);
    if (!d) {
      if (id == field_id::expires && d.error().code != g::error::invalid)
        c.emitf(r, name_of(id), "not an HTTP-date (%.*s at offset %zu): read as already expired",
                static_cast<int>(d.error().what.size()), d.error().what.data(), d.error().offset);
      else
        emit_date_error(c, r, id, v, d.error());
    } else if (d->obsolete()) {
      emit_obsolete_date(c, id, d->form);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Retry-After (RFC 9110 §10.2.3)

void check_retry_after(checker& c) {
  for_each_trimmed_line(c, field_id::retry_after, [&](std::string_view v) {
    auto const r = c.cache.date
                       ? g::parse_retry_after(
                             v, std::chrono::sys_seconds{std::chrono::seconds{c.cache.date_time}})
                       : g::parse_retry_after(v);
    if (!r) {
      // A delay beyond 64 bits is grammatical, only absurd.
      if (r.error().code != g::error::overflow)
        emit_date_error(c, "retry-after-syntax", field_id::retry_after, v, r.error());
    } else if (r->is_date && r->date.obsolete()) {
      emit_obsolete_date(c, field_id::retry_after, r->date.form);
    }
  });
  // RFC 9110 §10.2.3, §15.5.14; RFC 6585 §4: a defined meaning on 3xx, 413, 429 and 503.
  auto const s = c.status();
  if (!(s >= 300 && s <= 399) && s != 413 && s != 429 && s != 503)
    c.emitf("retry-after-scope", "Retry-After", "no defined meaning on a %d", s);
}

// ---------------------------------------------------------------------------------------------
// Content-Range (RFC 9110 §14.4), Accept-Ranges (§14.3)

void check_content_range(checker& c) {
  auto const s = c.status();
  auto const first = c.value(field_id::content_range);
  for_each_trimmed_line(c, field_id::content_range, [&](std::string_view v) {
    // The first line, as it stands, is parsed once for every check that reads it.
    auto const r = v.data() == first.data() && v.size() == first.size() ? c.content_range()
                                                                        : g::parse_content_range(v);
    if (!r) {
      auto const rule = r.error().code == g::error::invalid ? rule_index("content-range-valid")
                                                            : rule_index("content-range-syntax");
      return emit_parse_error(c, rule, field_id::content_range, v, r.error());
    }
    if (!r->bytes()) return;
    if (r->form == g::content_range::kind::unsatisfied && s == 206)
      c.emit("content-range-syntax", "Content-Range",
             "the unsatisfied-range form belongs in a 416");
    if (r->form == g::content_range::kind::satisfied && !r->complete_known)
      c.emit("content-range-complete-length", "Content-Range", v);
  });
  // Only 206 and 416 give Content-Range a meaning; on a 304 it is 304-no-extra-metadata's.
  if (s != 206 && s != 416 && s != 304)
    c.emitf("content-range-status-scope", "Content-Range", "no defined meaning on a %d", s);
}

void check_accept_ranges(checker& c) {
  bool none = false;
  std::size_t units = 0;
  for_each_trimmed_line(c, field_id::accept_ranges, [&](std::string_view v) {
    auto const r = g::parse_accept_ranges(v);
    if (!r)
      return emit_parse_error(c, "accept-ranges-syntax", field_id::accept_ranges, v, r.error());
    none |= r->none;
    units += r->units.size();
  });
  if (none && units > 1)
    c.emit("accept-ranges-syntax", "Accept-Ranges", "none is combined with other range units");
}

// ---------------------------------------------------------------------------------------------
// Allow (RFC 9110 §10.2.1), ETag (§8.8.3), Age (RFC 9111 §5.1), Vary (RFC 9110 §12.5.5)

void check_allow(checker& c) {
  for_each_trimmed_line(c, field_id::allow, [&](std::string_view v) {
    if (auto const r = g::parse_allow(v); !r)
      emit_parse_error(c, "allow-syntax", field_id::allow, v, r.error());
  });
}

// What the fast path of check_etag leaves: anything but a well-formed `"..."` or `W/"..."`.
[[gnu::noinline]] void check_etag_slow(checker& c, std::string_view v) {
  auto const r = g::parse_entity_tag(v);
  if (!r) return emit_parse_error(c, "etag-syntax", field_id::etag, v, r.error());
  if (g::detail::scan_etagc(r->opaque).backslash) c.emit("etag-no-backslash", "ETag", v);
}

void check_etag(checker& c) {
  for_each_trimmed_line(c, field_id::etag, [&](std::string_view v) {
    // parse_entity_tag() takes the same fast path first; it sees backslashes as it goes.
    g::entity_tag t;
    bool backslash = false;
    if (!g::detail::read_whole_entity_tag(v, t, backslash)) return check_etag_slow(c, v);
    if (backslash) c.emit("etag-no-backslash", "ETag", v);
  });
}

void check_age(checker& c) {
  for_each_trimmed_line(c, field_id::age, [&](std::string_view v) {
    if (auto const r = g::parse_delta_seconds(v); !r)
      emit_parse_error(c, "age-syntax", field_id::age, v, r.error());
  });
}

void check_vary(checker& c) {
  bool star = false;
  std::size_t names = 0;
  for_each_trimmed_line(c, field_id::vary, [&](std::string_view v) {
    auto const r = g::parse_vary(v);
    if (!r) return emit_parse_error(c, "vary-syntax", field_id::vary, v, r.error());
    star |= r->star;
    names += r->names;
  });
  if (star && names > 0) c.emit("vary-syntax", "Vary", "* is combined with field names");
  if (star && c.pol.role() == server_role::proxy)
    c.emit("vary-star-not-from-proxy", "Vary", "a proxy generated Vary: *");
}

// ---------------------------------------------------------------------------------------------
// Cache-Control (RFC 9111 §5.2)

using g::cache_control;

constexpr std::uint32_t delta_directives =
    cache_control::bit(ccid::max_age) | cache_control::bit(ccid::s_maxage);
constexpr std::uint32_t field_list_directives =
    cache_control::bit(ccid::no_cache) | cache_control::bit(ccid::private_);
constexpr std::uint32_t no_argument_directives =
    cache_control::bit(ccid::must_revalidate) | cache_control::bit(ccid::must_understand) |
    cache_control::bit(ccid::no_store) | cache_control::bit(ccid::no_transform) |
    cache_control::bit(ccid::proxy_revalidate) | cache_control::bit(ccid::public_);
constexpr std::uint32_t request_only_directives = cache_control::bit(ccid::max_stale) |
                                                  cache_control::bit(ccid::min_fresh) |
                                                  cache_control::bit(ccid::only_if_cached);

// True when some directive of `cc` may break a per-directive rule; false for the common clean
// value, which then needs no second walk.
constexpr bool needs_directive_walk(g::cache_control const& cc) noexcept {
  return (cc.quoted_form() & delta_directives) || (cc.bare() & delta_directives) ||
         (cc.has(ccid::max_age) && !cc.max_age()) || (cc.has(ccid::s_maxage) && !cc.s_maxage()) ||
         (cc.repeated() & delta_directives) || (cc.token_form() & field_list_directives) ||
         (cc.quoted_form() & field_list_directives) ||
         ((cc.token_form() | cc.quoted_form()) & no_argument_directives) ||
         (cc.present() & request_only_directives);
}

[[gnu::noinline]] void check_directives(checker& c, g::cache_control const& cc) {
  auto const name = name_of(field_id::cache_control);
  for (auto const& d : cc) {
    auto const b = cache_control::bit(d.id);
    auto const n = d.name;
    int const len = static_cast<int>(n.size());
    if (b & delta_directives) {
      if (!d.has_argument) {
        c.emitf("cc-required-argument", name, "%.*s without an argument", len, n.data());
        continue;
      }
      if (d.quoted)
        c.emitf("cc-delta-seconds-token-form", name, "%.*s=\"%.*s\"", len, n.data(),
                static_cast<int>(d.argument.size()), d.argument.data());
      if (!d.delta())
        c.emitf("cache-control-syntax", name, "%.*s argument is not delta-seconds", len, n.data());
    } else if (b & field_list_directives) {
      if (!d.has_argument) continue;
      if (!d.quoted)
        c.emitf("cc-field-list-quoted", name, "%.*s=%.*s", len, n.data(),
                static_cast<int>(d.argument.size()), d.argument.data());
      if (!d.field_names())
        c.emitf("cache-control-syntax", name, "%.*s argument is not a list of field names", len,
                n.data());
    } else if ((b & no_argument_directives) && d.has_argument) {
      c.emitf("cc-no-argument", name, "%.*s takes no argument", len, n.data());
    } else if (b & request_only_directives) {
      c.emitf("cc-request-only-directive", name, "%.*s", len, n.data());
    }
  }
}

// What the lines of Cache-Control say, merged. A line that does not parse, or whose directives
// may break a per-directive rule, marks the field for check_cache_control().
void scan_cache_control(checker& c) {
  auto& k = c.cache;
  for_each_trimmed_line(c, field_id::cache_control, [&](std::string_view v) {
    auto const cc = g::parse_cache_control(v);
    if (!cc || needs_directive_walk(*cc)) k.unusual |= field_bit(field_id::cache_control);
    if (!cc) return;
    // The lines of a list field make one list (RFC 9110 §5.3): merge, the first occurrence first.
    k.repeated |=
        cc->repeated() | (k.directives & cc->present() & ~cache_control::bit(ccid::extension));
    if (!(k.directives & cache_control::bit(ccid::max_age)) && cc->max_age())
      k.max_age = cc->max_age()->seconds;
    if (!(k.directives & cache_control::bit(ccid::s_maxage)) && cc->s_maxage())
      k.s_maxage = cc->s_maxage()->seconds;
    k.directives |= cc->present();
    k.no_cache |= cc->no_cache_unqualified();
    k.private_whole |= (cc->bare() & cache_control::bit(ccid::private_)) != 0;
  });
}

// The lines scan_cache_control() marked, again for their findings.
[[gnu::noinline]] void check_cache_control_lines(checker& c) {
  for_each_trimmed_line(c, field_id::cache_control, [&](std::string_view v) {
    auto const cc = g::parse_cache_control(v);
    if (!cc)
      return emit_parse_error(c, "cache-control-syntax", field_id::cache_control, v, cc.error());
    if (needs_directive_walk(*cc)) check_directives(c, *cc);
  });
}

void check_cache_control(checker& c) {
  auto const& k = c.cache;
  if (k.unusual & field_bit(field_id::cache_control)) check_cache_control_lines(c);
  auto const repeated = k.repeated;
  bool const private_whole = k.private_whole;
  // Every rule below needs one of these; most values have none of them.
  constexpr std::uint32_t conflict_prone = cache_control::bit(ccid::must_understand) |
                                           cache_control::bit(ccid::private_) |
                                           cache_control::bit(ccid::no_store);
  if (!repeated && !k.no_cache && !(k.directives & conflict_prone)) return;
  auto const has = [&](ccid id) { return (k.directives & cache_control::bit(id)) != 0; };
  // RFC 9111 §5.2.2.3
  if (has(ccid::must_understand) && !has(ccid::no_store))
    c.emit("cc-must-understand-with-no-store", "Cache-Control", "must-understand without no-store");
  // RFC 9111 §4.2.1: duplicates and conflicts leave caches to pick the first or the most
  // restrictive reading.
  if (repeated) {
    for (auto i = 0u; i < static_cast<unsigned>(ccid::extension); ++i)
      if (repeated & (1u << i))
        c.emitf("cc-no-duplicates-or-conflicts", "Cache-Control", "%s appears more than once",
                g::name_of(static_cast<ccid>(i)).data());
  }
  bool const fresh = k.max_age > 0 || k.s_maxage > 0;
  // RFC 9111 §5.2.2.7: a qualified private only keeps the fields it names out of shared caches,
  // which "MAY store the remainder of the response message"; public and s-maxage still apply.
  if (has(ccid::public_) && private_whole)
    c.emit("cc-no-duplicates-or-conflicts", "Cache-Control", "public with private");
  if (has(ccid::public_) && has(ccid::no_store))
    c.emit("cc-no-duplicates-or-conflicts", "Cache-Control", "public with no-store");
  if (fresh && has(ccid::no_store))
    c.emit("cc-no-duplicates-or-conflicts", "Cache-Control",
           "a positive max-age or s-maxage with no-store");
  else if (fresh && k.no_cache)
    c.emit("cc-no-duplicates-or-conflicts", "Cache-Control",
           "a positive max-age or s-maxage with no-cache");
  if (private_whole && has(ccid::s_maxage))
    c.emit("cc-no-duplicates-or-conflicts", "Cache-Control", "s-maxage with private");
}

}  // namespace

void scan_cache(checker& c) {
  constexpr std::uint64_t parsed = field_bit(field_id::date) | field_bit(field_id::last_modified) |
                                   field_bit(field_id::expires) |
                                   field_bit(field_id::cache_control);
  if (!c.index.any(parsed)) return;
  auto& k = c.cache;
  // Date first: the other dates resolve RFC 850 years against it.
  if (c.has(field_id::date)) k.date = scan_date<field_id::date>(c, k.date_time);
  if (c.has(field_id::last_modified))
    k.last_modified = scan_date<field_id::last_modified>(c, k.last_modified_time);
  if (c.has(field_id::expires)) {
    // RFC 9111 §5.3: an invalid Expires, "0" above all, means "already expired".
    k.expires = true;
    if (!scan_date<field_id::expires>(c, k.expires_time))
      k.expires_time = std::numeric_limits<std::int64_t>::min();
  }
  if (c.has(field_id::cache_control)) scan_cache_control(c);
}

void check_field_specific(checker& c) {
  // Most responses carry a few of these fields: one test skips the rest.
  constexpr std::uint64_t looked_at =
      field_bit(field_id::allow) | field_bit(field_id::retry_after) |
      field_bit(field_id::content_range) | field_bit(field_id::accept_ranges) |
      field_bit(field_id::etag) | field_bit(field_id::last_modified) | field_bit(field_id::date) |
      field_bit(field_id::expires) | field_bit(field_id::age) | field_bit(field_id::cache_control) |
      field_bit(field_id::vary);
  if (!c.index.any(looked_at)) return;
  auto const unusual = c.cache.unusual;
  if (unusual & field_bit(field_id::date)) check_date_lines(c, field_id::date, "date-syntax");
  if (unusual & field_bit(field_id::last_modified))
    check_date_lines(c, field_id::last_modified, "last-modified-syntax");
  if (unusual & field_bit(field_id::expires))
    check_date_lines(c, field_id::expires, "expires-syntax");
  if (c.has(field_id::cache_control)) check_cache_control(c);
  if (c.has(field_id::etag)) check_etag(c);
  if (c.has(field_id::vary)) check_vary(c);
  if (c.has(field_id::allow)) check_allow(c);
  if (c.has(field_id::retry_after)) check_retry_after(c);
  if (c.has(field_id::content_range)) check_content_range(c);
  if (c.has(field_id::accept_ranges)) check_accept_ranges(c);
  if (c.has(field_id::age)) check_age(c);
}

}  // namespace respolicy::detail
