//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.6: dates, validators and caching. The fields are parsed once, by scan_cache()
// (field_specific.cpp) in the scan phase, which leaves the results in checker::cache.

#include "detail/checker.hpp"

#include <respolicy/grammar/cache_control.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/status.hpp>

#include <limits>

namespace respolicy::detail {
namespace {

namespace g = grammar;
using ccid = g::cache_directive_id;

constexpr std::int64_t invalid_time = std::numeric_limits<std::int64_t>::min();

bool has_directive(checker const& c, ccid id) noexcept {
  return (c.cache.directives & g::cache_control::bit(id)) != 0;
}

void check_date(checker& c) {
  auto const s = c.status();
  // RFC 9110 §6.6.1: an origin with a clock sends Date in 2xx, 3xx and 4xx; an intermediary with
  // a clock adds it to a response it forwards without one.
  if (!c.has(field_id::date) && c.pol.has_clock() && s >= 200 && s <= 499)
    c.emitf("date-required", "Date", "a %d without Date", s);
  if (c.has(field_id::date) && !c.pol.has_clock() && c.pol.role() == server_role::origin)
    c.emit("date-no-clock", "Date", "the policy says this origin server has no clock");
}

void check_last_modified(checker& c) {
  // RFC 9110 §8.8.2.1: never later than the message origination time. An intermediary forwards
  // what the origin sent.
  auto const& k = c.cache;
  if (k.last_modified && k.date && k.last_modified_time > k.date_time &&
      c.pol.role() != server_role::proxy)
    c.emitf("last-modified-not-after-date", "Last-Modified", "%lld s after Date",
            static_cast<long long>(k.last_modified_time - k.date_time));
}

void check_expires(checker& c) {
  auto const& k = c.cache;
  if (!k.expires || !k.date) return;
  // RFC 9111 §5.3: max-age (and, for shared caches, s-maxage) overrides Expires; HTTP/1.0 caches
  // still read Expires, so the two should say the same. An invalid Expires means "expired".
  auto const by_expires = k.expires_time == invalid_time || k.expires_time < k.date_time
                              ? 0
                              : k.expires_time - k.date_time;
  auto const freshness = k.max_age >= 0 ? k.max_age : k.s_maxage;
  if (freshness >= 0 && (by_expires > freshness + 1 || by_expires + 1 < freshness))
    c.emitf("expires-with-max-age", "Expires", "Expires gives %lld s of freshness, %s %lld s",
            static_cast<long long>(by_expires), k.max_age >= 0 ? "max-age" : "s-maxage",
            static_cast<long long>(freshness));
  // RFC 2616 §14.21 asked for at most one year; caches still overflow on far dates.
  constexpr std::int64_t year = 365 * 86400;
  if (k.expires_time != invalid_time && k.expires_time - k.date_time > year)
    c.emitf("expires-far-future", "Expires", "%lld days after Date",
            static_cast<long long>((k.expires_time - k.date_time) / 86400));
}

// True when the response says it may be stored and reused: public, a positive max-age or
// s-maxage, or an Expires after Date; and no no-store.
bool marked_cacheable(checker const& c) noexcept {
  auto const& k = c.cache;
  if (has_directive(c, ccid::no_store)) return false;
  return has_directive(c, ccid::public_) || k.max_age > 0 || k.s_maxage > 0 ||
         (k.expires && k.date && k.expires_time != invalid_time && k.expires_time > k.date_time);
}

// Whether any status code below 400 is one caches must never store: none is (RFC 6585 defines
// 428, 429, 431 and 511), which lets check_caching() skip the registry for 1xx, 2xx and 3xx.
constexpr bool never_stored_below_400() noexcept {
  for (int code = 100; code < 400; ++code)
    if (auto const i = detail::status_slot(code);
        i != 0xff && detail::status_table[i].never_stored())
      return true;
  return false;
}
static_assert(!never_stored_below_400(), "check_caching() looks up only codes from 400 up");

void check_cacheability(checker& c) {
  auto const s = c.status();
  auto const& k = c.cache;
  auto const* st = find_status(s);
  if (st && st->never_stored() && marked_cacheable(c))  // RFC 6585 §3-§6
    c.emitf("never-stored-status", "Cache-Control", "a %d marked cacheable", s);
  if (s == 425 && marked_cacheable(c))  // RFC 8470 §5.2
    c.emit("425-not-cacheable-by-default", "Cache-Control", "a 425 marked cacheable");
  // RFC 9111 §4.2.2: without explicit freshness a cache may compute one, typically from
  // Last-Modified. Only responses to GET and HEAD are cached without explicit permission.
  auto const m = c.method();
  if ((m == method_id::get || m == method_id::head) && st && st->heuristically_cacheable() &&
      c.has(field_id::last_modified) && k.max_age < 0 && k.s_maxage < 0 &&
      !c.has(field_id::expires) && !has_directive(c, ccid::no_store) && !k.no_cache &&
      !has_directive(c, ccid::max_age) && !has_directive(c, ccid::s_maxage))
    c.emitf("heuristic-cacheability", "Cache-Control",
            "a %d with Last-Modified and no max-age, s-maxage or Expires", s);
}

void check_age_and_pragma(checker& c) {
  // RFC 9111 §5.1: Age says a cache served the response; an origin server has none to report.
  if (c.has(field_id::age) && c.pol.role() == server_role::origin)
    c.emit("age-not-from-origin", "Age", "sent by an origin server");
  // RFC 9111 §5.4: Pragma: no-cache in a response means nothing.
  if (c.has(field_id::pragma) && list_has(c.value(field_id::pragma), "no-cache") &&
      !c.cache.no_cache && !has_directive(c, ccid::no_store))
    c.emit("pragma-no-meaning-in-response", "Pragma",
           "Pragma: no-cache without Cache-Control: no-cache or no-store");
}

void check_shared_cache_authorization(checker& c) {
  // RFC 9111 §3.5: these directives let a shared cache reuse a response to an authenticated
  // request.
  if (!c.req || !c.rq.has(field_id::authorization)) return;
  for (auto id : {ccid::public_, ccid::s_maxage, ccid::must_revalidate})
    if (has_directive(c, id))
      c.emitf("shared-cache-authorization", "Cache-Control",
              "%s on a response to a request with Authorization", g::name_of(id).data());
}

// The trimmed values of every line of `id` in `fields`, compared in order.
bool same_lines(std::span<field_view const> a, std::span<field_view const> b, field_id id) {
  std::size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && lookup_field(a[i].name) != id) ++i;
    while (j < b.size() && lookup_field(b[j].name) != id) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (g::trim_ows(a[i].value) != g::trim_ows(b[j].value)) return false;
    ++i;
    ++j;
  }
}

bool has_line(std::span<field_view const> fields, field_id id) {
  for (auto const& f : fields)
    if (lookup_field(f.name) == id) return true;
  return false;
}

void check_304_cache_metadata(checker& c) {
  // RFC 9110 §15.4.5, RFC 9111 §4.3.4: caches update the stored response with these fields, so a
  // 304 carries them as the 200 would. 304-required-fields reports the missing ones; this rule
  // the ones that differ.
  auto const* get = c.req ? c.req->equivalent_200 : nullptr;
  if (!get) return;
  for (auto id : {field_id::etag, field_id::cache_control, field_id::vary,
                  field_id::content_location, field_id::expires}) {
    if (!c.has(id) || !has_line(get->fields, id)) continue;
    if (same_lines(c.res.fields, get->fields, id)) continue;
    if (id == field_id::expires) {
      // Equal instants written differently are the same metadata.
      std::string_view other;
      for (auto const& f : get->fields)
        if (lookup_field(f.name) == id) {
          other = g::trim_ows(f.value);
          break;
        }
      auto const a = g::parse_http_date(g::trim_ows(c.value(id)));
      auto const b = g::parse_http_date(other);
      if (a && b && a->time == b->time) continue;
    }
    c.emitf("304-cache-metadata", name_of(id), "%s differs from the 200's", name_of(id).data());
  }
}

// False when none of the checks below can find anything: each needs one of these fields, a
// 304, a 4xx or 5xx (never-stored-status, 425-not-cacheable-by-default), or a request with
// Authorization (shared-cache-authorization, which also needs Cache-Control).
bool may_concern_caching(checker const& c) noexcept {
  constexpr auto b = [](field_id id) { return field_index::bit(id); };
  constexpr std::uint64_t looked_at =
      b(field_id::last_modified) | b(field_id::expires) | b(field_id::age) | b(field_id::pragma);
  auto const s = c.status();
  return c.index.any(looked_at) || s == 304 || s >= 400 ||
         (c.has(field_id::cache_control) && c.req && c.rq.has(field_id::authorization));
}

// The checks of a response may_concern_caching() lets through; kept out of line so that
// check_caching() returns from the others without saving a register.
[[gnu::noinline]] void check_caching_of(checker& c) {
  check_last_modified(c);
  check_expires(c);
  // never-stored-status and 425-not-cacheable-by-default concern codes from 400 up; only
  // heuristic-cacheability looks at a 2xx or 3xx, and only when it has Last-Modified.
  auto const s = c.status();
  if (s >= 400 || c.has(field_id::last_modified)) check_cacheability(c);
  check_age_and_pragma(c);
  check_shared_cache_authorization(c);
  if (s == 304) check_304_cache_metadata(c);
}

}  // namespace

void check_caching(checker& c) {
  // date-required and date-no-clock: only a Date without a clock, or a clock without a Date, can
  // break one of them.
  if (c.has(field_id::date) != c.pol.has_clock()) check_date(c);
  if (may_concern_caching(c)) check_caching_of(c);
}

}  // namespace respolicy::detail
