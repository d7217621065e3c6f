//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The core's repair plans (<respolicy/repair.hpp>), held to the rule cases: for every rule whose
// repair is safe, the plan applied to each response that breaks it (tests/rules) leaves the rule
// unbroken, or the planner says this response allows no safe repair; and at least one of the
// rule's cases is repaired. The edits are applied here to an owned copy, as an adapter applies
// them to its message.

#include "rules/rule_case.hpp"
#include "support/message_text.hpp"

#include <respolicy/repair.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/validate.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace respolicy;

namespace {

// A response whose parts can be edited: what an adapter's message is to its plan.
struct editable_response {
  int status = 200;
  std::string reason;
  int version = 11;
  std::vector<std::pair<std::string, std::string>> fields, trailers;
  std::optional<std::uint64_t> size;
  std::string body;
  bool suppressed = false;
  std::vector<field_view> field_views, trailer_views;

  explicit editable_response(response_view const& v)
      : status(v.status), reason(v.reason), version(v.version), size(v.body_size), body(v.body) {
    for (auto const& f : v.fields) fields.emplace_back(f.name, f.value);
    for (auto const& f : v.trailers) trailers.emplace_back(f.name, f.value);
  }

  response_view view() {
    field_views.clear();
    trailer_views.clear();
    for (auto const& [n, v] : fields) field_views.push_back({n, v});
    for (auto const& [n, v] : trailers) trailer_views.push_back({n, v});
    return {status, reason, version, field_views, size, trailer_views, body};
  }

  void apply(repair_plan const& plan) {
    auto const erase = [&](std::string const& name) {
      std::erase_if(fields, [&](auto const& f) { return grammar_iequals(f.first, name); });
    };
    for (auto const& e : plan.edits) {
      switch (e.what) {
        case response_edit::action::drop_content:
          body.clear();
          trailers.clear();
          size = 0;
          break;
        case response_edit::action::erase: erase(e.name); break;
        case response_edit::action::set: {
          auto const at = std::find_if(fields.begin(), fields.end(), [&](auto const& f) {
            return grammar_iequals(f.first, e.name);
          });
          if (at == fields.end()) {
            fields.emplace_back(e.name, e.value);
          } else {
            at->second = e.value;
            std::erase_if(fields, [&](auto const& f) {
              return &f != &*at && grammar_iequals(f.first, e.name);
            });
          }
          break;
        }
        case response_edit::action::rewrite:
          erase(e.name);
          for (auto const& v : e.values)
            if (!v.empty()) fields.emplace_back(e.name, v);
          break;
        case response_edit::action::set_reason: reason = e.value; break;
        case response_edit::action::suppress: suppressed = true; break;
      }
    }
  }

  static bool grammar_iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return (x | 0x20) == (y | 0x20);
           });
  }
};

}  // namespace

TEST_CASE("repair: a plan for exactly the rules whose repair is safe", "[repair]") {
  for (std::size_t i = 0; i < rule_count; ++i) {
    auto const& r = rules()[i];
    INFO(r.id);
    CHECK(has_repair_plan(r) == (r.repair == repair_kind::safe));
  }
}

TEST_CASE("repair: each plan, applied to the rule's breaking cases, repairs the rule", "[repair]") {
  std::map<std::string_view, int> repaired;  // safe rule -> cases the plan repaired
  for (auto const& r : rules())
    if (r.repair == repair_kind::safe && r.cover == coverage::checked) repaired[r.id] = 0;
  for (auto const& group : test::all_case_groups()) {
    for (auto const& c : group) {
      auto const* info = find_rule(c.rule);
      REQUIRE(info);
      if (!c.expect || info->repair != repair_kind::safe) continue;
      INFO(c.rule << "\n--- response\n" << c.response << "\n--- request\n" << c.request);
      auto const pol = test::make_policy(c.config);
      test::owned_response const res(c.response);
      std::unique_ptr<test::owned_request> req;
      std::unique_ptr<test::owned_response> get;
      if (!c.request.empty()) req = std::make_unique<test::owned_request>(c.request);
      if (!c.equivalent.empty()) {
        get = std::make_unique<test::owned_response>(c.equivalent);
        req->context.equivalent_200 = &get->view;
      }
      auto const* ctx = req ? &req->context : nullptr;
      auto const before = validate(res.view, ctx, pol);
      auto const* d = before.find(c.rule);
      REQUIRE(d);
      editable_response edited(res.view);
      repair_plan plan;
      if (!plan_repair(*d, edited.view(), ctx, plan)) continue;  // this response allows none
      edited.apply(plan);
      if (edited.suppressed) {
        ++repaired[c.rule];
        continue;
      }
      auto const after = validate(edited.view(), ctx, pol);
      INFO("--- after the repair\n" << after.to_string());
      bool const gone = !std::any_of(after.begin(), after.end(), [&](diagnostic const& x) {
        return x.rule == d->rule && x.field.view() == d->field.view();
      });
      CHECK(gone);
      repaired[c.rule] += gone;
    }
  }
  for (auto const& [id, n] : repaired) {
    INFO(id << ": a rule with a safe repair has a breaking case its plan repairs");
    CHECK(n > 0);
  }
}
