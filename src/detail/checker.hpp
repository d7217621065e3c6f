//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_CHECKER_HPP
#define RESPOLICY_SRC_DETAIL_CHECKER_HPP

#include "detail/field_id.hpp"

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/content_range.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/message.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/report.hpp>
#include <respolicy/rule.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace respolicy::detail {

enum class method_id : std::uint8_t {
  unknown,  // no request context, or no method in it
  get,
  head,
  post,
  put,
  delete_,
  connect,
  options,
  trace,
  patch,
  other,
};

/** Maps a method name to its id; methods are case-sensitive (RFC 9110 §9.1). */
method_id lookup_method(std::string_view m) noexcept;

/** Which known fields occur in a field list, which occur on several lines, and where each first
    occurs. Two words and no zeroing of the positions: cheap to set up for every response. */
struct field_index {
  static_assert(field_id_count < 64, "one bit per known field, and one for unknown names");

  std::uint64_t present = 0;
  std::uint64_t repeated_ = 0;
  // Meaningful where present; the last slot takes the unknown names' positions, never read.
  std::array<std::uint32_t, field_id_count + 1> first;

  static constexpr std::uint64_t bit(field_id id) noexcept {
    return std::uint64_t{1} << static_cast<unsigned>(id);
  }

  // Every field line of every response comes through here: unknown names take the same path.
  void add(field_id id, std::uint32_t position) noexcept {
    auto const b = id == field_id::unknown ? 0 : bit(id);
    auto const seen = present & b;
    repeated_ |= seen;
    present |= b;
    if (!seen) first[static_cast<std::size_t>(id)] = position;
  }
  bool has(field_id id) const noexcept { return (present & bit(id)) != 0; }
  /** True when `id` occurs on more than one line. */
  bool repeated(field_id id) const noexcept { return (repeated_ & bit(id)) != 0; }
  /** True when any field of `mask` (built with bit()) is present. */
  bool any(std::uint64_t mask) const noexcept { return (present & mask) != 0; }
  std::string_view value(std::span<field_view const> fields, field_id id) const noexcept {
    return has(id) ? fields[first[static_cast<std::size_t>(id)]].value : std::string_view{};
  }
};

/** The bit of a known field in field_index::present and field_index::repeated_. */
constexpr std::uint64_t field_bit(field_id id) noexcept { return field_index::bit(id); }

/** What check_common_response() has read of the field lines when it gives up, for scan_fields() to
    go on from instead of reading them again. Lines 0 to `lines` - 1 are in `index` as
    scan_fields() records them; the pass accepted each of them in its usual form, in which no rule
    scan_fields() checks applies to it and it sets no fact but its place in the index (Connection
    is never among them). */
struct common_scan {
  field_index index;
  std::uint32_t lines = 0;
};

/** How many lines of `fields` carry the known field `id`. */
std::uint32_t count_lines(std::span<field_view const> fields, field_id id) noexcept;

/** True when the list value has `token` as an element (case-insensitive; `token` lower case). */
constexpr bool list_has(std::string_view list, std::string_view lower_token) noexcept {
  bool found = false;
  grammar::for_each_element(list, [&](std::string_view e) {
    if (iequals(e, lower_token)) found = true;
  });
  return found;
}

/** Facts about the request, computed once when a request context is given. */
struct request_facts {
  method_id method = method_id::unknown;
  int version = 11;
  field_index index;
  std::span<field_view const> fields;
  bool expect_100_continue = false;
  bool connection_close = false;
  bool connection_keep_alive = false;
  bool te_trailers = false;
  bool early_data = false;   // Early-Data: 1
  bool has_content = false;  // Content-Length > 0 or Transfer-Encoding

  bool has(field_id id) const noexcept { return index.has(id); }
  /** The value of the first line of `id`, or empty. */
  std::string_view value(field_id id) const noexcept { return index.value(fields, id); }
  bool conditional() const noexcept {
    return has(field_id::if_match) || has(field_id::if_none_match) ||
           has(field_id::if_modified_since) || has(field_id::if_unmodified_since) ||
           has(field_id::if_range) || has(field_id::if_);
  }
};

/** Whether validate() records a finding of rule `r` at severity `s` for a caller that asked for
    findings of at least `least` (validate_common()): never when the policy turns the rule off,
    and below `least` only when the rule has a safe repair, which a repairing caller acts on. */
constexpr bool recorded(rule_index r, severity s, severity least) noexcept {
  return s != severity::off && (s >= least || r.info().repair == repair_kind::safe);
}

/** The state of one validate() call: the response, its context, the facts gathered in the single
    walk over the fields, and the report diagnostics go to. Checks read facts and call emit(). */
class checker {
 public:
  checker(response_view const& response, request_context const* request, policy const& p,
          report& out, severity least = severity::info) noexcept
      : res(response), req(request), pol(p), out_(out), least_(least) {}

  response_view const& res;
  request_context const* req;  // null: request-dependent rules are skipped
  policy const& pol;

  field_index index;  // response fields
  request_facts rq;   // meaningful only when req is not null

  // Framing facts, set while scanning the fields.
  std::optional<std::uint64_t> content_length;  // the first Content-Length, when it parses
  bool transfer_encoding = false;               // a Transfer-Encoding line is present
  bool chunked_final = false;                   // chunked is the final transfer coding
  unsigned chunked_codings = 0;                 // how many of the codings are chunked
  bool connection_close = false;
  bool connection_keep_alive = false;
  bool connection_upgrade = false;

  // Cache facts, set by scan_cache() before the checks run, so that Date, Last-Modified, Expires
  // and Cache-Control are parsed once: check_field_specific (2.5) reports their syntax from them,
  // check_caching (2.6) reads what they say. Times are seconds since the epoch.
  struct cache_facts {
    std::uint32_t directives = 0;  // one bit per grammar::cache_directive_id in Cache-Control
    std::int64_t max_age = -1;     // the first max-age as delta-seconds; -1: none or invalid
    std::int64_t s_maxage = -1;
    bool no_cache = false;       // an unqualified no-cache
    bool private_whole = false;  // a private without field names: it covers the whole response
    std::uint32_t repeated = 0;  // directives (extensions aside) that occur more than once
    // Whether the field parsed (an invalid Expires counts, as "already expired").
    bool date = false, last_modified = false, expires = false;
    std::int64_t date_time = 0, last_modified_time = 0, expires_time = 0;
    // Which of the four fields (field_index::bit()) have a line that may hold a finding: more than
    // one line, or a value other than the usual form; check_field_specific reads only those again.
    std::uint64_t unusual = 0;
  } cache;

  /** The first Content-Range line, parsed once for the checks of 206 and 416 and of the field
      itself, which read it in turn. */
  grammar::result<grammar::content_range> const& content_range() noexcept {
    if (!content_range_)
      content_range_.emplace(grammar::parse_content_range(value(field_id::content_range)));
    return *content_range_;
  }

  int status() const noexcept { return res.status; }
  bool has(field_id id) const noexcept { return index.has(id); }
  /** The value of the first line of `id`, or empty. */
  std::string_view value(field_id id) const noexcept { return index.value(res.fields, id); }
  method_id method() const noexcept { return req ? rq.method : method_id::unknown; }
  bool is_head() const noexcept { return method() == method_id::head; }
  /** True when the request is known to be HTTP/1.0 (or older); false when its version is not
      known (request_context::version 0). */
  bool http10_request() const noexcept { return req && req->version != 0 && req->version < 11; }
  bool is_connect_2xx() const noexcept {
    return method() == method_id::connect && status() >= 200 && status() <= 299;
  }
  /** True when the response carries content: a known non-zero size, or an unknown one. */
  bool has_content() const noexcept { return !res.body_size || *res.body_size != 0; }
  /** True when the content is known to be empty. */
  bool content_empty() const noexcept { return res.body_size && *res.body_size == 0; }

  bool enabled(rule_index r) const noexcept { return pol.severity_of(r) != severity::off; }

  /** The field line the check in progress looks at (an index as diagnostic::line has it), or
      diagnostic::no_line; findings take it. Set where a check walks the lines one by one. */
  std::uint32_t line = diagnostic::no_line;

  /** When `res` lists only some of the response's lines (HTTP/2 and HTTP/3 without their
      pseudo-header fields), the index in the whole response of each line of `res`, fields then
      trailers; empty when `res` is the whole response. */
  std::span<std::uint16_t const> line_map;

  /** Reports rule `r` at the policy's severity, unless the policy turns it off. */
  void emit(rule_index r, std::string_view field = {}, std::string_view detail = {});

  /** As emit(), with the detail formatted printf-style into the diagnostic's inline text. */
  [[gnu::format(printf, 4, 5)]] void emitf(rule_index r, std::string_view field, char const* fmt,
                                           ...);

  /** Reports the SHOULD-level part of a rule that also has a MUST-level part. */
  void emit_should(rule_index r, std::string_view field = {}, std::string_view detail = {});

  /** Appends the "and N more" notes for rules that hit the per-rule limit. */
  void finish();

 private:
  void push(rule_index r, severity s, std::string_view field, std::string_view detail);

  std::optional<grammar::result<grammar::content_range>> content_range_;
  report& out_;
  severity least_;  // findings below it are left out, unless their rule has a safe repair
  std::size_t start_ = out_.size();  // diagnostics before this call are not counted
  struct suppressed {
    std::uint16_t rule;
    severity level;
    std::uint32_t count;
  };
  std::vector<suppressed> suppressed_;  // only a failing response with many findings fills it
};

/** The most diagnostics one rule adds to a report; the rest are counted in a final note. */
inline constexpr std::size_t max_per_rule = 8;

/** The lines of a field that occurs more than once, for for_each_line(); out of line, so that f's
    call for the one line of the common case is the one the compiler inlines. */
template <class F>
[[gnu::noinline]] void for_each_repeated_line(checker& c, field_id id, F& f) {
  auto const& fields = c.res.fields;
  for (std::uint32_t i = 0; i < fields.size(); ++i) {
    if (lookup_field(fields[i].name) != id) continue;
    c.line = i;  // a finding about this value shows this line
    f(fields[i].value);
  }
  c.line = diagnostic::no_line;
}

/** Calls f(value) for every line of the known field `id`, in order, with the value as sent (OWS
    included). One line, the common case, costs no walk over the fields. */
template <class F>
void for_each_line(checker& c, field_id id, F&& f) {
  if (c.index.repeated(id)) return for_each_repeated_line(c, id, f);
  f(c.value(id));
}

/** The `type "/" subtype` of a Content-Type value, without parameters or the OWS around it. */
constexpr std::string_view media_type_of(std::string_view v) noexcept {
  return grammar::trim_ows(v.substr(0, v.find(';')));
}

/** `s` cut to at most `max` bytes to fit a diagnostic, never inside a UTF-8 sequence. */
constexpr std::string_view shown(std::string_view s, std::size_t max = 40) noexcept {
  if (s.size() <= max) return s;
  while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
  return s.substr(0, max);
}

// The checks, one function per catalog group; each calls one check_<rule id> function per rule.
// 2.3: walks every field line once and records the facts above; with `from`, only the lines the
// common pass did not read, the index holding those it did.
void scan_fields(checker& c, common_scan const* from = nullptr);
void scan_request(checker& c);
void scan_cache(checker& c);  // Date, Last-Modified, Expires and Cache-Control into checker::cache
void check_framing(checker& c);              // 2.1
void check_status_line(checker& c);          // 2.2
void check_fields(checker& c);               // 2.3, the rules that need the whole field section
void check_per_status(checker& c);           // 2.4
void check_field_specific(checker& c);       // 2.5: Allow, Retry-After, ranges, ETag, dates, Age,
                                             //      Cache-Control, Vary
void check_field_specific_auth(checker& c);  // 2.5: the other fields
void check_caching(checker& c);              // 2.6
void check_request(checker& c);              // 2.7
void check_problem(checker& c);              // 2.9
void check_content(checker& c);              // multipart, 206 parts, 207 and 423 content
void check_connection(checker& c);           // 2.8
void check_protocol(checker& c);  // 2.10: HTTP/2 and HTTP/3, pseudo-header fields and all

/** 200-validators (2.4), which check_per_status() runs for a 200; check_common_response() too. */
void check_200_validators(checker& c);

/** Decides a common response in one pass, without the checks above: a 200 with a registered
    phrase to a request that asks nothing special of it, whose fields are all of a handful of
    kinds in their usual form. True when it has shown that no rule but 200-validators can apply,
    and checked that one; false, with nothing reported, for any other response. */
RESPOLICY_DECL bool check_common_response(response_view const& res, request_context const* req,
                                          policy const& pol, report& out,
                                          severity least = severity::info);

/** check_common_response(), which leaves in `found` what it has read of the fields when it gives
    up (common_scan); validate_every_rule() goes on from there. */
bool check_common_response(response_view const& res, request_context const* req, policy const& pol,
                           report& out, severity least, common_scan& found);

/** validate() without check_common_response(): every check, for every response. Tests and the
    fuzzer compare the two (exported for them, as check_common_response() is). */
RESPOLICY_DECL void validate_every_rule(response_view const& res, request_context const* req,
                                        policy const& pol, report& out,
                                        severity least = severity::info);

/** validate_every_rule() for an HTTP/1.1 response check_common_response() gave up on: the field
    lines it read are not read again. The same findings as without `from`. */
void validate_every_rule(response_view const& res, request_context const* req, policy const& pol,
                         report& out, severity least, common_scan const& from);

}  // namespace respolicy::detail

#endif
