//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/validate.hpp>

#include <respolicy/config.hpp>

#include "detail/checker.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <span>
#include <vector>

namespace respolicy {
namespace detail {

void checker::push(rule_index r, severity s, std::string_view field, std::string_view detail) {
  std::size_t seen = 0;
  for (std::size_t i = start_; i < out_.size(); ++i)
    seen += out_[i].rule.data() == r.info().id.data();
  if (seen >= max_per_rule) {
    for (auto& x : suppressed_)
      if (x.rule == r.value) {
        ++x.count;
        x.level = std::max(x.level, s);
        return;
      }
    suppressed_.push_back({r.value, s, 1});
    return;
  }
  // A response that breaks one rule often breaks several: room for four at the first finding,
  // one allocation instead of three growths (four diagnostics stay within malloc's per-thread
  // cache of small blocks; a kept report has the room already).
  if (out_.size() == start_) out_.reserve(start_ + 4);
  auto d = diagnostic::of(r, s, field, detail);
  if (line < diagnostic::no_line)
    d.line = line_map.empty()         ? static_cast<std::uint16_t>(line)
             : line < line_map.size() ? line_map[line]
                                      : diagnostic::no_line;
  out_.add(d);
}

// A rule of another version of HTTP than the response's is not reported (rule_info::protocols).
void checker::emit(rule_index r, std::string_view field, std::string_view detail) {
  auto const s = pol.severity_of(r);
  if (recorded(r, s, least_) && r.info().applies_to(res.version)) push(r, s, field, detail);
}

void checker::emit_should(rule_index r, std::string_view field, std::string_view detail) {
  auto const s = std::min(pol.severity_of(r), pol.should_severity());
  if (recorded(r, s, least_) && r.info().applies_to(res.version)) push(r, s, field, detail);
}

void checker::emitf(rule_index r, std::string_view field, char const* fmt, ...) {
  auto const s = pol.severity_of(r);
  if (!recorded(r, s, least_) || !r.info().applies_to(res.version)) return;
  char buf[small_text<120>::capacity() + 1];
  va_list args;
  va_start(args, fmt);
  int const n = std::vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  std::size_t const len =
      n < 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(n), sizeof buf);
  push(r, s, field, {buf, len});
}

void checker::finish() {
  for (auto const& x : suppressed_) {
    auto const& info = rules()[x.rule];
    diagnostic d;
    d.rule = info.id;
    d.entry = &info;
    d.severity = x.level;
    d.message = info.summary;
    d.citation = info.citation;
    char buf[64];
    int const n = std::snprintf(buf, sizeof buf, "and %u more of this rule, not listed",
                                static_cast<unsigned>(x.count));
    d.detail.assign({buf, n < 0 ? 0u : static_cast<std::size_t>(n)});
    out_.add(d);
  }
}

}  // namespace detail

namespace {

// Every check of every catalog group, in the order of the catalog, after the scans that gather
// the facts they read. `from`: the field lines the common pass has read already.
[[gnu::always_inline]] inline void check_every_rule(detail::checker& c,
                                                    detail::common_scan const* from = nullptr) {
  detail::scan_fields(c, from);
  if (c.req) detail::scan_request(c);
  detail::scan_cache(c);
  detail::check_status_line(c);
  detail::check_framing(c);
  detail::check_fields(c);
  detail::check_per_status(c);
  detail::check_field_specific(c);
  detail::check_field_specific_auth(c);
  detail::check_caching(c);
  if (c.req) detail::check_request(c);
  detail::check_connection(c);
  detail::check_problem(c);
  detail::check_content(c);
}

void check_house_rules(response_view const& res, request_context const* req, policy const& pol,
                       report& out, severity least) {
  for (auto const& h : pol.house_rules()) {
    if (h.severity == severity::off || h.severity < least || !h.check) continue;
    if (auto msg = h.check(res, req)) {
      diagnostic d;
      d.rule = h.id;
      d.severity = h.severity;
      d.message = h.summary;
      d.citation = h.citation;
      d.detail.assign(*msg);
      out.add(d);
    }
  }
}

bool is_pseudo(field_view const& f) noexcept { return !f.name.empty() && f.name.front() == ':'; }

// The response without its pseudo-header fields, and where each of its lines is in the whole.
struct without_pseudo_fields {
  std::vector<field_view> fields, trailers;
  std::vector<std::uint16_t> line_map;
  response_view view;

  explicit without_pseudo_fields(response_view const& res) : view(res) {
    auto const keep = [&](std::span<field_view const> from, std::vector<field_view>& to,
                          std::size_t first) {
      for (std::size_t i = 0; i < from.size(); ++i) {
        if (is_pseudo(from[i])) continue;
        to.push_back(from[i]);
        line_map.push_back(first + i < diagnostic::no_line ? static_cast<std::uint16_t>(first + i)
                                                           : diagnostic::no_line);
      }
    };
    keep(res.fields, fields, 0);
    keep(res.trailers, trailers, res.fields.size());
    view.fields = fields;
    view.trailers = trailers;
  }
};

void every_rule(response_view const& res, request_context const* req, policy const& pol,
                report& out, severity least, detail::common_scan const* from) {
  bool const h2_h3 = has(protocol_set::http2_http3, protocol_of(res.version));
  if (h2_h3 && (std::any_of(res.fields.begin(), res.fields.end(), is_pseudo) ||
                std::any_of(res.trailers.begin(), res.trailers.end(), is_pseudo))) {
    // HTTP/2 and HTTP/3 carry control data in pseudo-header fields, which a capture may list
    // among the fields: they are not fields (RFC 9113 §8.3), so only the protocol's own checks
    // see them.
    without_pseudo_fields const rest(res);
    detail::checker c(rest.view, req, pol, out, least);
    c.line_map = rest.line_map;
    check_every_rule(c);
    c.finish();
    detail::checker whole(res, req, pol, out, least);
    detail::check_protocol(whole);
    whole.finish();
  } else {
    detail::checker c(res, req, pol, out, least);
    check_every_rule(c, from);
    detail::check_protocol(c);  // nothing for HTTP/1.x
    c.finish();
  }
  check_house_rules(res, req, pol, out, least);
}

}  // namespace

void detail::validate_every_rule(response_view const& res, request_context const* req,
                                 policy const& pol, report& out, severity least) {
  every_rule(res, req, pol, out, least, nullptr);
}

void detail::validate_every_rule(response_view const& res, request_context const* req,
                                 policy const& pol, report& out, severity least,
                                 common_scan const& from) {
  // The common pass reads HTTP/1.1 only, whose lines are all fields: the positions it recorded
  // are those of res.fields.
  RESPOLICY_ASSERT(protocol_of(res.version) == protocol_set::http1);
  every_rule(res, req, pol, out, least, &from);
}

bool validate_common(response_view const& res, request_context const* req, policy const& pol,
                     report& out, severity least) {
  // The common pass knows HTTP/1.1 responses only. When it gives up, the full checks go on from
  // the field lines it has read.
  if (protocol_of(res.version) != protocol_set::http1) {
    detail::validate_every_rule(res, req, pol, out, least);
    return false;
  }
  detail::common_scan found;
  if (!detail::check_common_response(res, req, pol, out, least, found)) {
    // Refused before its first field line (another status, request or policy): nothing to go
    // on from.
    if (found.lines == 0)
      detail::validate_every_rule(res, req, pol, out, least);
    else
      detail::validate_every_rule(res, req, pol, out, least, found);
    return false;
  }
  // A common response breaks at most one rule once: no rule reached its limit, finish() has
  // nothing to add.
  if (!pol.house_rules().empty()) check_house_rules(res, req, pol, out, least);
  return true;
}

void validate(response_view const& res, request_context const* req, policy const& pol,
              report& out) {
  validate_common(res, req, pol, out);
}

report validate(response_view const& res, request_context const* req, policy const& pol) {
  report out;
  validate(res, req, pol, out);
  return out;
}

}  // namespace respolicy
