//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// fuzz_validate: respolicy::validate() over arbitrary responses and request contexts, under the
// standard (with the server facts the input picks), strict and minimal policies. Properties:
// - validate() never crashes, reads out of bounds or invokes undefined behaviour;
// - it agrees with every check: the short way for common responses (check_common_response())
//   reports exactly what the full checks report, and a response validate_common() calls common
//   holds no CR, LF or NUL and is framed by one Content-Length equal to its content's size;
//   asked for findings from warning up, it leaves out exactly the advice without a safe repair;
// - it is deterministic: two runs, and a run appending to a report that already holds one, give
//   the same diagnostics (rule, severity, message, citation, field, detail) in the same order;
// - every diagnostic names a catalog rule marked coverage::checked, at a severity other than off,
//   and under policy::minimal() only rules of the minimal profile.
//
// The input is text, so seeds can be written by hand. Sections are separated by lines that are
// exactly "--"; lines end at LF only (a CR stays in the line, where the rules must find it):
//
//   STATUS VERSION FLAGS REASON      status and version as decimal numbers (a status may be
//   Name: value                      negative or out of range); FLAGS: 'u' the content size is
//    continuation                    unknown, digits: the size is that number (else the body's
//   --                               size), 'p' proxy, 'g' gateway, 'c' no clock, 'k' no
//   body bytes                       persistent connections ('-' for none). A field line is
//   --                               split at its first ':' and one SP after it is dropped; a
//   Trailer: value                   line starting with SP or HTAB continues the previous value
//   --                               after an LF (obs-fold, which the rules must report).
//   METHOD VERSION                   The request section is optional (none: no context); the
//   Request-Field: value             last section, also optional, is the 200 the same GET would
//   --                               have produced (context "G"): a start line and fields.
//   200 11 - OK
//   Content-Length: 10

#include "detail/checker.hpp"
#include "fuzz_target.hpp"
#include "fuzz_text.hpp"

#include <respolicy/policy.hpp>
#include <respolicy/report.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/validate.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr char const* target = "fuzz_validate";

using namespace respolicy::fuzz;

bool same(respolicy::diagnostic const& a, respolicy::diagnostic const& b) {
  return a.rule == b.rule && a.severity == b.severity && a.message == b.message &&
         a.citation == b.citation && a.field.view() == b.field.view() &&
         a.detail.view() == b.detail.view() && a.repaired == b.repaired;
}

// What validate_common() promises of a common response: no CR, LF or NUL in the reason, names or
// values, no trailers, no Transfer-Encoding, one Content-Length equal to the content's size.
bool keeps_common_promise(respolicy::response_view const& res) {
  auto const clean = [](std::string_view s) {
    return s.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
  };
  auto const named = [](std::string_view name, std::string_view lower) {
    if (name.size() != lower.size()) return false;
    for (std::size_t i = 0; i < name.size(); ++i)
      if ((name[i] | 0x20) != lower[i]) return false;
    return true;
  };
  bool ok = clean(res.reason) && res.trailers.empty() && res.body_size.has_value();
  std::size_t lengths = 0;
  for (auto const& f : res.fields) {
    ok = ok && clean(f.name) && clean(f.value) && !named(f.name, "transfer-encoding");
    if (named(f.name, "content-length")) {
      ++lengths;
      std::uint64_t n = 0;
      for (char c : f.value) n = n * 10 + static_cast<unsigned>(c - '0');
      ok = ok && n == res.body_size.value_or(n + 1);
    }
  }
  return ok && lengths == 1;
}

void check_run(respolicy::response_view const& res, respolicy::request_context const* req,
               respolicy::policy const& pol, bool minimal) {
  auto const first = respolicy::validate(res, req, pol);
  auto const second = respolicy::validate(res, req, pol);
  RESPOLICY_FUZZ_CHECK(target, first.size() == second.size(),
                       "validate() is not deterministic: two runs differ in size",
                       first.to_string() + "---\n" + second.to_string());
  respolicy::report full;
  respolicy::detail::validate_every_rule(res, req, pol, full);
  bool agree = first.size() == full.size();
  for (std::size_t i = 0; agree && i < first.size(); ++i) agree = same(first[i], full[i]);
  RESPOLICY_FUZZ_CHECK(target, agree, "validate() and the full checks disagree",
                       first.to_string() + "---\n" + full.to_string());
  respolicy::report common_report;
  bool const common = respolicy::validate_common(res, req, pol, common_report);
  if (common)
    RESPOLICY_FUZZ_CHECK(
        target, keeps_common_promise(res),
        "validate_common() calls a response with CR, LF, NUL or unclear framing common",
        first.to_string());
  // Findings below warning left out (what the Beast guard asks by default): exactly those of the
  // full report below warning whose rule has no safe repair.
  respolicy::report above;
  bool const common_above =
      respolicy::validate_common(res, req, pol, above, respolicy::severity::warning);
  std::size_t kept = 0;
  bool filtered = common_above == common;
  for (auto const& d : full) {
    auto const* info = d.info();
    if (d.severity < respolicy::severity::warning &&
        !(info && info->repair == respolicy::repair_kind::safe))
      continue;
    filtered = filtered && kept < above.size() && same(d, above[kept]);
    ++kept;
  }
  RESPOLICY_FUZZ_CHECK(
      target, filtered && kept == above.size(),
      "validate_common() from warning up drops more, or less, than the findings below it",
      full.to_string() + "---\n" + above.to_string());
  respolicy::report appended = first;
  respolicy::validate(res, req, pol, appended);
  RESPOLICY_FUZZ_CHECK(target, appended.size() == 2 * first.size(),
                       "validate() appending to a report adds a different number of findings",
                       appended.to_string());
  for (std::size_t i = 0; i < first.size(); ++i) {
    auto const& d = first[i];
    RESPOLICY_FUZZ_CHECK(target, same(d, second[i]) && same(d, appended[first.size() + i]),
                         "validate() is not deterministic: a diagnostic differs between runs",
                         first.to_string() + "---\n" + second.to_string());
    auto const* info = d.info();
    RESPOLICY_FUZZ_CHECK(target, info != nullptr && info->checked(),
                         "a diagnostic names a rule that is not a checked catalog rule", d.rule);
    RESPOLICY_FUZZ_CHECK(target, d.severity != respolicy::severity::off,
                         "a diagnostic at severity off", d.rule);
    if (minimal)
      RESPOLICY_FUZZ_CHECK(target, info->in_minimal(),
                           "policy::minimal() reports a rule outside the minimal profile", d.rule);
  }
  (void)first.to_string();
}

}  // namespace

RESPOLICY_FUZZ_TARGET(fuzz_validate) {
  respolicy::fuzz::input in{data, size};
  auto const parts = sections(in.rest());

  message res = read_response(parts[0]);
  std::string_view const body = parts.size() > 1 ? parts[1] : std::string_view{};
  message trailers;
  if (parts.size() > 2) read_fields(parts[2], trailers);

  auto const body_size = content_size(res, body.size());
  respolicy::response_view const view{res.start.status,
                                      res.start.reason,
                                      res.start.version,
                                      res.fields(),
                                      body_size,
                                      trailers.fields(),
                                      body};

  message req, equivalent;
  std::string_view method;
  int req_version = 11;
  if (parts.size() > 3) {
    std::string_view text = parts[3];
    auto line = next_line(text);
    method = next_word(line);
    req_version = to_int(next_word(line), 11);
    read_fields(text, req);
  }
  std::optional<respolicy::response_view> equivalent_view;
  if (parts.size() > 4) {
    equivalent = read_response(parts[4]);
    auto const eq_size = content_size(equivalent, 0);
    equivalent_view.emplace(equivalent.start.status, equivalent.start.reason,
                            equivalent.start.version, equivalent.fields(), eq_size);
  }
  respolicy::request_context const context{method, req_version, req.fields(),
                                           equivalent_view ? &*equivalent_view : nullptr};
  respolicy::request_context const* ctx = parts.size() > 3 ? &context : nullptr;

  // The standard profile with the server facts the flags pick (RFC 9110 §3.7, §6.6.1; RFC 9112
  // §9.3): the rules that read them run both ways.
  respolicy::policy pol = respolicy::policy::standard();
  for (char c : res.start.flags) {
    if (c == 'p') pol.role(respolicy::server_role::proxy);
    if (c == 'g') pol.role(respolicy::server_role::gateway);
    if (c == 'c') pol.has_clock(false);
    if (c == 'k') pol.persistent_connections(false);
  }
  check_run(view, ctx, pol, false);
  check_run(view, ctx, respolicy::policy::strict(), false);
  check_run(view, ctx, respolicy::policy::minimal(), true);
  if (ctx) check_run(view, nullptr, pol, false);
  return 0;
}
