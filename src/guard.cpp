//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// What a guard decides for every adapter: the decision, the hazards' findings and repairs, and
// the 500 that replaces a blocked response.

#include <respolicy/grammar/basic.hpp>
#include <respolicy/guard.hpp>
#include <respolicy/problem_details.hpp>

#include <string>
#include <string_view>

namespace respolicy {

guard_action decide(guard_mode mode, repair_report const& rep, bool dangerous, severity notify_at,
                    bool final_answer) noexcept {
  // Below the notification threshold (info-level advice, by default) a response counts as
  // passed, unless a repair changed it.
  guard_action action =
      !rep.empty() && rep.worst() >= notify_at ? guard_action::reported : guard_action::passed;
  switch (mode) {
    case guard_mode::report:
      if (dangerous) action = guard_action::blocked;
      break;
    case guard_mode::repair:
      if (dangerous || !final_answer)  // no repair makes a 1xx final
        action = guard_action::blocked;
      else if (rep.repairs() != 0)
        action = guard_action::repaired;
      break;
    case guard_mode::reject:
      if (dangerous || !rep.ok()) action = guard_action::blocked;
      break;
    case guard_mode::throw_:
      if (dangerous || !rep.ok()) action = guard_action::thrown;
      break;
  }
  return action;
}

bool repair_may_resolve(hazard const& h) noexcept {
  static constexpr rule_index unrepairable[] = {"field-name-token", "field-value-no-cr-lf-nul",
                                                "reason-phrase-charset", "status-code-three-digits",
                                                "http-version-syntax"};
  for (auto const r : unrepairable)
    if (h.rule.value == r.value) return false;
  return true;
}

diagnostic to_diagnostic(hazard const& h) noexcept {
  return diagnostic::of(h.rule, severity::error, h.field, h.detail);
}

void merge_hazards(report& rep, std::span<hazard const> hazards) {
  for (auto const& h : hazards) {
    bool found = false;
    for (auto const& d : rep) found |= d.rule == h.rule.info().id && !d.repaired;
    if (!found) rep.add(to_diagnostic(h));
  }
}

bool plan_hazard_repair(std::span<hazard const> hazards, response_view const& res,
                        repair_plan& plan, diagnostic& done) {
  for (auto const& h : hazards) {
    if (h.repair == hazard_repair::none) continue;
    done = to_diagnostic(h);
    done.field.assign("Transfer-Encoding");
    done.repaired = true;
    if (h.repair == hazard_repair::empty_length) {
      response_edit erase, set;
      erase.what = response_edit::action::erase;
      erase.name = "Transfer-Encoding";
      set.what = response_edit::action::set;
      set.name = "Content-Length";
      set.value = "0";
      plan.edits.push_back(std::move(erase));
      plan.edits.push_back(std::move(set));
      done.detail.assign("chunked replaced by Content-Length: 0 for the empty content");
      return true;
    }
    // Every line keeps its other codings; a line left empty goes.
    response_edit rewrite;
    rewrite.what = response_edit::action::rewrite;
    rewrite.name = "Transfer-Encoding";
    for (auto const& f : res.fields) {
      if (!grammar::iequals(f.name, "Transfer-Encoding")) continue;
      std::string kept;
      grammar::for_each_element(f.value, [&](std::string_view e, std::size_t) {
        if (e.empty()) return;
        auto const coding = grammar::trim_ows(e.substr(0, e.find(';')));
        if (grammar::iequals(coding, "chunked")) return;
        if (!kept.empty()) kept += ", ";
        kept += e;
      });
      rewrite.values.push_back(std::move(kept));
    }
    plan.edits.push_back(std::move(rewrite));
    done.detail.assign("chunked removed: it would write a last chunk after the header section");
    return true;
  }
  return false;
}

std::string blocked_problem(report const& rep, bool expose_rules) {
  problem_details p;
  p.type = "about:blank";
  p.detail = "The server produced a response that could not be sent.";
  if (expose_rules) {
    p.detail += " Rules:";
    char const* sep = " ";
    for (auto const& d : rep) {
      if (d.severity != severity::error || d.repaired) continue;
      p.detail += sep;
      p.detail += d.rule;
      sep = ", ";
    }
  }
  std::string body = to_json(500, p);
  body += '\n';
  return body;
}

bool applicable(repair_plan const& plan) noexcept {
  for (auto const& e : plan.edits)
    if (e.what == response_edit::action::suppress) return false;
  return true;
}

bool detail::add_not_final(policy const& pol, report& rep) {
  constexpr rule_index rule{"one-final-response"};
  auto const sev = pol.severity_of(rule);
  if (sev == severity::off) return false;
  rep.add(diagnostic::of(rule, sev, {}, "a 1xx returned as the handler's final answer"));
  return true;
}

}  // namespace respolicy
