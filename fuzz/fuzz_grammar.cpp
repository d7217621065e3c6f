//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// fuzz_grammar: every field-value parser of respolicy::grammar on arbitrary bytes. The first input
// byte selects the parser (modulo their number, in the order of `parsers` below), the rest is the
// value. Properties:
// - no parser crashes, reads out of bounds or invokes undefined behaviour (ASan, UBSan);
// - iterating a parsed list yields exactly size() elements; the views of list elements, URI
//   components, media types, Cache-Control directives and Content-Range parts lie inside the
//   input; an error's offset is inside the value;
// - round trips where the grammar has one canonical form: an HTTP-date formats as an IMF-fixdate
//   that parses back to the same instant, and an IMF-fixdate without a leap second formats back to
//   its own text (RFC 9110 §5.6.7); a decimal or delta-seconds prints back to its digits without
//   leading zeros, saturating exactly above 2^31 (RFC 9111 §1.2.2); a Content-Range rebuilt from
//   its parts parses to the same parts (RFC 9110 §14.4); an entity-tag is `W/`? DQUOTE opaque
//   DQUOTE and every member of a list re-parses alone (RFC 9110 §8.8.3).

#include "fuzz_target.hpp"

#include <respolicy/grammar/accept_ranges.hpp>
#include <respolicy/grammar/allow.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/cache_control.hpp>
#include <respolicy/grammar/challenge.hpp>
#include <respolicy/grammar/content_coding.hpp>
#include <respolicy/grammar/content_disposition.hpp>
#include <respolicy/grammar/content_range.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/grammar/entity_tag.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/grammar/language_tag.hpp>
#include <respolicy/grammar/link.hpp>
#include <respolicy/grammar/media_type.hpp>
#include <respolicy/grammar/product.hpp>
#include <respolicy/grammar/protocol.hpp>
#include <respolicy/grammar/retry_after.hpp>
#include <respolicy/grammar/token_list.hpp>
#include <respolicy/grammar/uri.hpp>
#include <respolicy/grammar/vary.hpp>
#include <respolicy/grammar/via.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

namespace g = respolicy::grammar;
using namespace std::chrono;

constexpr char const* target = "fuzz_grammar";

// RFC 850 two-digit years are resolved against this instant, so every run reads the same.
constexpr sys_seconds fixed_now = sys_days{year{2026} / November / 27} + hours{14};

void check(bool cond, char const* what, std::string_view value) {
  RESPOLICY_FUZZ_CHECK(target, cond, what, value);
}

// True when `v` is empty or lies inside `s`: parsed values are views into the input.
bool within(std::string_view s, std::string_view v) {
  if (v.empty()) return true;
  auto const b = reinterpret_cast<std::uintptr_t>(s.data());
  auto const p = reinterpret_cast<std::uintptr_t>(v.data());
  return p >= b && p + v.size() <= b + s.size();
}

// Walks a parsed list, if the value is one: the walk must yield size() elements.
template <class T>
void walk(std::string_view s, T const& v) {
  if constexpr (requires { v.begin() != v.end(); }) {
    std::size_t n = 0;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if constexpr (std::is_convertible_v<decltype(*it), std::string_view>)
        check(within(s, *it), "a list element points outside the input", s);
      ++n;
      check(n <= s.size() + 1, "a list walk does not end", s);
    }
    if constexpr (requires { v.size(); })
      check(n == v.size(), "walking a list yields a count other than size()", s);
  }
}

template <class T>
void exercise(std::string_view s, g::result<T> const& r) {
  if (!r) {
    check(r.error().offset <= s.size(), "an error offset past the end of the value", s);
    return;
  }
  walk(s, *r);
}

std::string_view strip_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

// The digits `d` (no leading zeros) as a number compared with `limit`, as text.
bool digits_above(std::string_view d, std::string_view limit) {
  return d.size() != limit.size() ? d.size() > limit.size() : d > limit;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

void date_round_trip(std::string_view s, g::http_date const& d) {
  auto const text = g::format_http_date(d.time);
  std::string_view const formatted{text.data(), text.size()};
  auto const again = g::parse_http_date(formatted, fixed_now);
  check(again.has_value(), "format_http_date's output does not parse", s);
  check(again->form == g::date_form::imf_fixdate && !again->leap_second,
        "format_http_date's output is not a plain IMF-fixdate", s);
  check(again->time == d.time, "HTTP-date -> format -> parse changes the instant", s);
  if (d.form == g::date_form::imf_fixdate && !d.leap_second)
    check(formatted == s, "an IMF-fixdate does not format back to its own text", s);
}

void http_date(std::string_view s) {
  auto const d = g::parse_http_date(s, fixed_now);
  exercise(s, d);
  if (d) date_round_trip(s, *d);
}

void decimal(std::string_view s) {
  auto const n = g::parse_decimal(s);
  exercise(s, n);
  if (n) {
    check(std::to_string(*n) == strip_zeros(s), "a decimal does not print back to its digits", s);
  } else if (all_digits(s)) {
    check(n.error().code == g::error::overflow &&
              digits_above(strip_zeros(s), "18446744073709551615"),
          "digits rejected other than as an overflow above 2^64-1", s);
  }
}

void delta_seconds(std::string_view s) {
  auto const d = g::parse_delta_seconds(s);
  exercise(s, d);
  check(d.has_value() == all_digits(s), "delta-seconds accepted other than 1*DIGIT", s);
  if (!d) return;
  bool const above = digits_above(strip_zeros(s), "2147483648");
  check(d->saturated == above, "delta-seconds saturates other than above 2^31", s);
  if (above)
    check(d->seconds == g::delta_seconds::max, "saturated delta-seconds is not 2^31", s);
  else
    check(std::to_string(d->seconds) == strip_zeros(s),
          "delta-seconds does not print back to its digits", s);
}

void content_range(std::string_view s) {
  auto const r = g::parse_content_range(s);
  exercise(s, r);
  if (!r) return;
  check(within(s, r->unit) && within(s, r->range), "Content-Range views outside the input", s);
  std::string rebuilt(r->unit);
  switch (r->form) {
    case g::content_range::kind::satisfied:
      check(r->first <= r->last, "a satisfied range with last-pos below first-pos", s);
      // RFC 9110 §14.1.1 ties last-pos to complete-length for the bytes unit only (§14.4 takes
      // any unit; "pages 1-1/1" is valid).
      check(!r->bytes() || !r->complete_known || r->last < r->complete,
            "a satisfied bytes range ending at or past complete-length", s);
      rebuilt += ' ' + std::to_string(r->first) + '-' + std::to_string(r->last) + '/' +
                 (r->complete_known ? std::to_string(r->complete) : std::string("*"));
      break;
    case g::content_range::kind::unsatisfied: rebuilt += " */" + std::to_string(r->complete); break;
    case g::content_range::kind::other:
      check(!r->bytes(), "the bytes unit parsed as another unit's range", s);
      return;
  }
  auto const again = g::parse_content_range(rebuilt);
  check(again.has_value(), "a rebuilt Content-Range does not parse", s);
  check(again->form == r->form && again->first == r->first && again->last == r->last &&
            again->complete == r->complete && again->complete_known == r->complete_known &&
            again->unit == r->unit,
        "Content-Range -> rebuild -> parse changes the range", s);
}

void entity_tag(std::string_view s) {
  auto const t = g::parse_entity_tag(s);
  exercise(s, t);
  if (!t) return;
  std::string const rebuilt = (t->weak ? "W/\"" : "\"") + std::string(t->opaque) + '"';
  check(rebuilt == s && t->text == s, "an entity-tag is not W/? DQUOTE opaque DQUOTE", s);
}

void entity_tag_list(std::string_view s) {
  auto const l = g::parse_entity_tag_list(s);
  exercise(s, l);
  if (!l) return;
  if (l->any()) check(l->size() == 0 && l->begin() == l->end(), "'*' with members", s);
  for (auto const& t : *l) {
    check(within(s, t.text), "an entity-tag list member outside the input", s);
    auto const alone = g::parse_entity_tag(t.text);
    check(alone.has_value() && alone->weak == t.weak && alone->opaque == t.opaque,
          "an entity-tag list member does not re-parse alone", s);
  }
}

void cache_control(std::string_view s) {
  auto const cc = g::parse_cache_control(s);
  exercise(s, cc);
  if (!cc) return;
  for (auto const& d : *cc) {
    check(within(s, d.name) && within(s, d.argument), "a directive outside the input", s);
    (void)d.delta();
    exercise(s, d.field_names());
  }
  (void)cc->max_age();
  (void)cc->s_maxage();
}

void retry_after(std::string_view s) {
  auto const r = g::parse_retry_after(s, fixed_now);
  exercise(s, r);
  if (r && r->is_date) date_round_trip(s, r->date);
  if (r && !r->is_date)
    check(std::to_string(r->delay_seconds) == strip_zeros(s), "a delay does not print back", s);
}

void uri(std::string_view s, g::result<g::uri_reference> (*parse)(std::string_view)) {
  auto const u = parse(s);
  exercise(s, u);
  if (!u) return;
  for (auto part :
       {u->scheme, u->authority, u->userinfo, u->host, u->port, u->path, u->query, u->fragment})
    check(within(s, part), "a URI component outside the input", s);
}

void media_type(std::string_view s) {
  auto const m = g::parse_media_type(s);
  exercise(s, m);
  if (!m) return;
  check(within(s, m->type) && within(s, m->subtype), "a media type outside the input", s);
  walk(s, m->parameters);
}

void content_disposition(std::string_view s) {
  auto const d = g::parse_content_disposition(s);
  exercise(s, d);
  if (d) walk(s, d->parameters);
}

template <auto Parse>
void plain(std::string_view s) {
  exercise(s, Parse(s));
}

using parser = void (*)(std::string_view);

// Append new parsers at the end: the committed seeds select parsers by this order.
constexpr std::array<parser, 33> parsers = {
    &http_date,                                                      // 0
    &decimal,                                                        // 1
    &delta_seconds,                                                  // 2
    &content_range,                                                  // 3
    &entity_tag,                                                     // 4
    &entity_tag_list,                                                // 5
    &cache_control,                                                  // 6
    &retry_after,                                                    // 7
    &plain<&g::parse_token_list>,                                    // 8
    &plain<&g::parse_allow>,                                         // 9
    &plain<&g::parse_accept_ranges>,                                 // 10
    &plain<&g::parse_vary>,                                          // 11
    &plain<&g::parse_content_encoding>,                              // 12
    &plain<&g::parse_transfer_encoding>,                             // 13
    &plain<&g::parse_upgrade>,                                       // 14
    &plain<&g::parse_challenges>,                                    // 15
    &plain<&g::parse_auth_params>,                                   // 16
    &media_type,                                                     // 17
    &content_disposition,                                            // 18
    &plain<&g::parse_ext_value>,                                     // 19
    &plain<&g::parse_language_tag>,                                  // 20
    &plain<&g::parse_content_language>,                              // 21
    &plain<&g::parse_link>,                                          // 22
    &plain<&g::parse_product_list>,                                  // 23
    &plain<&g::parse_via>,                                           // 24
    [](std::string_view s) { uri(s, &g::parse_uri_reference); },     // 25
    [](std::string_view s) { uri(s, &g::parse_uri); },               // 26
    [](std::string_view s) { uri(s, &g::parse_absolute_uri); },      // 27
    [](std::string_view s) { uri(s, &g::parse_relative_ref); },      // 28
    [](std::string_view s) { uri(s, &g::parse_partial_uri); },       // 29
    [](std::string_view s) { uri(s, &g::parse_content_location); },  // 30
    [](std::string_view s) { (void)g::is_ipv6_address(s); },         // 31
    [](std::string_view s) { (void)g::is_ipv4_address(s); },         // 32
};

}  // namespace

RESPOLICY_FUZZ_TARGET(fuzz_grammar) {
  respolicy::fuzz::input in{data, size};
  if (in.empty()) return 0;
  auto const which = in.byte() % parsers.size();
  parsers[which](in.rest());
  return 0;
}
