//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "rule_case.hpp"

#include "support/message_text.hpp"

#include <respolicy/respolicy.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <sstream>
#include <vector>

using namespace respolicy;
using respolicy::test::rule_case;

namespace {

std::string describe(rule_case const& c) {
  std::ostringstream os;
  os << (c.expect ? "BREAKS " : "NEAR MISS ") << c.rule << " ["
     << (find_rule(c.rule) ? find_rule(c.rule)->citation : "unknown id") << "]\n--- response\n"
     << c.response << "\n";
  if (!c.request.empty()) os << "--- request\n" << c.request << "\n";
  if (!c.equivalent.empty()) os << "--- 200 to GET\n" << c.equivalent << "\n";
  if (!c.config.empty()) os << "--- policy: " << c.config << "\n";
  return os.str();
}

report run(rule_case const& c, policy const& p) {
  test::owned_response res(c.response);
  std::unique_ptr<test::owned_request> req;
  std::unique_ptr<test::owned_response> get;
  if (!c.request.empty()) req = std::make_unique<test::owned_request>(c.request);
  if (!c.equivalent.empty()) {
    REQUIRE(req);  // an equivalent 200 travels in the request context
    get = std::make_unique<test::owned_response>(c.equivalent);
    req->context.equivalent_200 = &get->view;
  }
  return validate(res.view, req ? &req->context : nullptr, p);
}

}  // namespace

TEST_CASE("rule cases: breaking responses report the rule, near misses do not", "[rules]") {
  for (auto group : test::all_case_groups()) {
    for (auto const& c : group) {
      INFO(describe(c));
      REQUIRE(find_rule(c.rule) != nullptr);
      auto const p = test::make_policy(c.config);
      auto const rep = run(c, p);
      INFO("--- report\n" << rep.to_string());
      auto const* d = rep.find(c.rule);
      if (c.expect) {
        CHECK(d != nullptr);
        if (d) {
          auto const want = c.expected != severity::off ? c.expected : p.severity_of(c.rule);
          CHECK(d->severity == want);
          CHECK(d->citation == find_rule(c.rule)->citation);
          CHECK(!d->message.empty());
        }
      } else {
        CHECK(d == nullptr);
      }
    }
  }
}

TEST_CASE("rule cases: every checked rule has a breaking response and a near miss", "[rules]") {
  std::map<std::string_view, std::pair<int, int>> seen;
  for (auto group : test::all_case_groups())
    for (auto const& c : group) (c.expect ? seen[c.rule].first : seen[c.rule].second)++;
  for (auto const& r : rules()) {
    if (!r.checked()) continue;
    INFO(r.id);
    CHECK(seen[r.id].first > 0);
    CHECK(seen[r.id].second > 0);
  }
  // A case for a rule that is not marked checked means the table is out of date.
  for (auto const& [id, counts] : seen) {
    INFO(id);
    auto const* r = find_rule(id);
    REQUIRE(r != nullptr);
    if (counts.first > 0) CHECK(r->checked());
  }
}
