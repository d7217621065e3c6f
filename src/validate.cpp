//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/validate.hpp>

#include "detail/checker.hpp"

#include <cstdarg>
#include <cstdio>

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
  auto d = diagnostic::of(r, s, field, detail);
  if (line < diagnostic::no_line) d.line = static_cast<std::uint16_t>(line);
  out_.add(d);
}

void checker::emit(rule_index r, std::string_view field, std::string_view detail) {
  auto const s = pol.severity_of(r);
  if (recorded(r, s, least_)) push(r, s, field, detail);
}

void checker::emit_should(rule_index r, std::string_view field, std::string_view detail) {
  auto const s = std::min(pol.severity_of(r), pol.should_severity());
  if (recorded(r, s, least_)) push(r, s, field, detail);
}

void checker::emitf(rule_index r, std::string_view field, char const* fmt, ...) {
  auto const s = pol.severity_of(r);
  if (!recorded(r, s, least_)) return;
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

// Every check of every catalog group, in the order of the catalog.
void check_every_rule(detail::checker& c) {
  detail::scan_fields(c);
  if (c.req) detail::scan_request(c);
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

}  // namespace

void detail::validate_every_rule(response_view const& res, request_context const* req,
                                 policy const& pol, report& out, severity least) {
  detail::checker c(res, req, pol, out, least);
  check_every_rule(c);
  check_house_rules(res, req, pol, out, least);
  c.finish();
}

bool validate_common(response_view const& res, request_context const* req, policy const& pol,
                     report& out, severity least) {
  if (!detail::check_common_response(res, req, pol, out, least)) {
    detail::validate_every_rule(res, req, pol, out, least);
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
