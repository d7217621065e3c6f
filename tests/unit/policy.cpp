//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/policy.hpp>

#include <respolicy/validate.hpp>

#include "support/message_text.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace respolicy;
using namespace std::literals;

namespace {

bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The house rule of the example: every 4xx/5xx body is application/problem+json.
std::optional<std::string> problem_json_check(response_view const& res, request_context const*) {
  if (res.status < 400 || res.body_size == std::uint64_t{0}) return std::nullopt;
  std::string_view type;
  for (auto const& f : res.fields)
    if (iequal(f.name, "Content-Type")) type = f.value;
  auto const semi = type.find(';');
  auto const media = type.substr(0, semi);
  if (iequal(media, "application/problem+json")) return std::nullopt;
  return "Content-Type is \"" + std::string(type) + "\"";
}

house_rule problem_json(severity s = severity::error) {
  return {"house-problem-json", s, "4xx and 5xx bodies are application/problem+json",
          "house style guide §3", problem_json_check};
}

}  // namespace

TEST_CASE("policy: the standard profile reports every rule at its default severity", "[policy]") {
  policy const& p = policy::standard();
  policy const fresh;
  for (std::size_t i = 0; i < rule_count; ++i) {
    auto const& r = rules()[i];
    INFO(r.id);
    CHECK(p.severity_of(i) == r.default_severity);
    CHECK(p.severity_of(r.id) == r.default_severity);
    CHECK(fresh.severity_of(i) == r.default_severity);
  }
  CHECK(p.severity_of(rule_index{"no-content-204"}) == severity::error);
  CHECK(p.should_severity() == severity::warning);
  CHECK(p.role() == server_role::origin);
  CHECK(p.has_clock());
  CHECK(p.persistent_connections());
  CHECK(p.house_rules().empty());
}

TEST_CASE("policy: strict raises warnings to errors and leaves info alone", "[policy]") {
  policy const& p = policy::strict();
  std::size_t raised = 0, info = 0;
  for (std::size_t i = 0; i < rule_count; ++i) {
    auto const& r = rules()[i];
    INFO(r.id << " default " << to_string(r.default_severity));
    switch (r.default_severity) {
      case severity::warning:
        ++raised;
        CHECK(p.severity_of(i) == severity::error);
        break;
      case severity::info:
        ++info;
        CHECK(p.severity_of(i) == severity::info);
        break;
      default: CHECK(p.severity_of(i) == r.default_severity); break;
    }
  }
  CHECK(raised > 0);
  CHECK(info > 0);
  CHECK(p.should_severity() == severity::error);
  // The design card's constraints: warning in standard, error in strict.
  CHECK(policy::standard().severity_of("503-retry-after"sv) == severity::warning);
  CHECK(p.severity_of("503-retry-after"sv) == severity::error);
  CHECK(policy::standard().severity_of("416-content-range"sv) == severity::warning);
  CHECK(p.severity_of("416-content-range"sv) == severity::error);
}

TEST_CASE("policy: minimal keeps only the minimal rules, at their defaults", "[policy]") {
  policy const& p = policy::minimal();
  std::size_t kept = 0;
  for (std::size_t i = 0; i < rule_count; ++i) {
    auto const& r = rules()[i];
    INFO(r.id);
    if (r.in_minimal()) {
      ++kept;
      CHECK(p.severity_of(i) == r.default_severity);
    } else {
      CHECK(p.severity_of(i) == severity::off);
    }
  }
  CHECK(kept > 0);
  CHECK(kept < rule_count);
  CHECK(p.severity_of("field-value-no-cr-lf-nul"sv) == severity::error);
  CHECK(p.severity_of("3xx-location"sv) == severity::off);
  CHECK(p.should_severity() == severity::warning);
}

TEST_CASE("policy: profiles by name", "[policy]") {
  CHECK(policy::profile("standard") == &policy::standard());
  CHECK(policy::profile("strict") == &policy::strict());
  CHECK(policy::profile("minimal") == &policy::minimal());
  CHECK(policy::profile("Strict") == nullptr);
  CHECK(policy::profile("") == nullptr);
  CHECK(policy::profile("lenient") == nullptr);
}

TEST_CASE("policy: set and try_set by id", "[policy]") {
  policy p;
  CHECK(p.try_set("3xx-location", severity::error));
  CHECK(p.severity_of("3xx-location"sv) == severity::error);
  CHECK(p.severity_of(rule_index{"3xx-location"}) == severity::error);
  p.set("3xx-location", severity::off).set("no-content-204", severity::info);
  CHECK(p.severity_of("3xx-location"sv) == severity::off);
  CHECK(p.severity_of("no-content-204"sv) == severity::info);
  CHECK(p.severity_of(static_cast<std::size_t>(rule_position("no-content-204"))) == severity::info);

  // An unknown id changes nothing.
  policy const before = p;
  for (std::string_view unknown : {"no-such-rule", "", "No-Content-204", "house-problem-json"}) {
    INFO(unknown);
    CHECK_FALSE(p.try_set(unknown, severity::error));
    CHECK(p.severity_of(unknown) == severity::off);
  }
  for (std::size_t i = 0; i < rule_count; ++i) CHECK(p.severity_of(i) == before.severity_of(i));
}

TEST_CASE("policy: a policy set by id changes what validate reports", "[policy]") {
  test::owned_response res("204\nContent-Length: 3\n\nabc");
  REQUIRE(validate(res.view).has("no-content-204"));
  policy p;
  p.set("no-content-204", severity::off);
  auto const rep = validate(res.view, nullptr, p);
  CHECK_FALSE(rep.has("no-content-204"));
  CHECK(rep.has("no-content-length-1xx-204"));
  p.set("no-content-204", severity::info);
  auto const rep2 = validate(res.view, nullptr, p);
  REQUIRE(rep2.find("no-content-204"));
  CHECK(rep2.find("no-content-204")->severity == severity::info);
}

TEST_CASE("policy: role, clock and persistent connections", "[policy]") {
  policy p;
  CHECK(&p.role(server_role::proxy) == &p);
  CHECK(p.role() == server_role::proxy);
  p.role(server_role::gateway);
  CHECK(p.role() == server_role::gateway);
  CHECK(&p.has_clock(false) == &p);
  CHECK_FALSE(p.has_clock());
  CHECK(&p.persistent_connections(false) == &p);
  CHECK_FALSE(p.persistent_connections());
  p.has_clock(true).persistent_connections(true).role(server_role::origin);
  CHECK(p.has_clock());
  CHECK(p.persistent_connections());
  CHECK(p.role() == server_role::origin);
  // The profiles are untouched.
  CHECK(policy::standard().role() == server_role::origin);
  CHECK(policy::standard().has_clock());
}

TEST_CASE("policy: a copy is independent of its source", "[policy]") {
  policy a = policy::strict();
  a.add_rule(problem_json());
  policy b = a;
  b.set("3xx-location", severity::info)
      .set("house-problem-json", severity::off)
      .role(server_role::proxy)
      .has_clock(false)
      .persistent_connections(false);
  CHECK(a.severity_of("3xx-location"sv) == severity::error);
  CHECK(a.severity_of("house-problem-json"sv) == severity::error);
  CHECK(a.role() == server_role::origin);
  CHECK(a.has_clock());
  CHECK(a.persistent_connections());
  CHECK(b.severity_of("3xx-location"sv) == severity::info);
  CHECK(b.severity_of("house-problem-json"sv) == severity::off);
  CHECK(policy::strict().severity_of("3xx-location"sv) == severity::error);
  CHECK(policy::strict().house_rules().empty());
  REQUIRE(b.house_rules().size() == 1);
  REQUIRE(a.house_rules().size() == 1);

  // Copying a profile does not change the profile.
  policy c = policy::standard();
  c.set("no-content-204", severity::off);
  CHECK(policy::standard().severity_of("no-content-204"sv) == severity::error);
}

TEST_CASE("policy: a house rule is reported like a built-in rule", "[policy][house]") {
  policy p;
  p.add_rule(problem_json());
  REQUIRE(p.house_rules().size() == 1);
  CHECK(p.house_rules()[0].id == "house-problem-json");
  CHECK(p.severity_of("house-problem-json"sv) == severity::error);

  test::owned_response html(
      "404\nContent-Type: text/html\nContent-Length: 21\n\n<p>no such thing</p>\n");
  auto const rep = validate(html.view, nullptr, p);
  INFO(rep.to_string());
  auto const* d = rep.find("house-problem-json");
  REQUIRE(d != nullptr);
  CHECK(d->rule == "house-problem-json");
  CHECK(d->severity == severity::error);
  CHECK(d->message == "4xx and 5xx bodies are application/problem+json");
  CHECK(d->citation == "house style guide §3");
  CHECK(d->detail.view() == "Content-Type is \"text/html\"");
  CHECK(d->info() == nullptr);  // not a catalog rule
  CHECK_FALSE(rep.ok());
  CHECK(rep.to_string().find("error house-problem-json: 4xx and 5xx bodies are "
                             "application/problem+json (Content-Type is \"text/html\") "
                             "[house style guide §3]\n") != std::string::npos);
  // The same response without the house rule: nothing of it.
  CHECK_FALSE(validate(html.view).has("house-problem-json"));

  test::owned_response problem(
      "404\nContent-Type: application/problem+json\nContent-Length: 15\n\n{\"status\":404}\n");
  CHECK_FALSE(validate(problem.view, nullptr, p).has("house-problem-json"));

  // A 200 in HTML is not its business.
  test::owned_response ok("200\nContent-Type: text/html\nContent-Length: 3\n\nhi\n");
  CHECK_FALSE(validate(ok.view, nullptr, p).has("house-problem-json"));

  SECTION("set by id changes its severity, off silences it") {
    CHECK(p.try_set("house-problem-json", severity::warning));
    auto const warn = validate(html.view, nullptr, p);
    REQUIRE(warn.find("house-problem-json"));
    CHECK(warn.find("house-problem-json")->severity == severity::warning);

    p.set("house-problem-json", severity::off);
    CHECK(p.severity_of("house-problem-json"sv) == severity::off);
    CHECK_FALSE(validate(html.view, nullptr, p).has("house-problem-json"));
  }

  SECTION("the house rule is independent of the profile") {
    policy strict = policy::strict();
    strict.add_rule(problem_json(severity::info));
    auto const rep2 = validate(html.view, nullptr, strict);
    REQUIRE(rep2.find("house-problem-json"));
    CHECK(rep2.find("house-problem-json")->severity == severity::info);
  }
}

TEST_CASE("policy: set refuses an unknown id and names the closest ones", "[policy]") {
  policy p;
  policy const before = p;
  auto message = [&](std::string_view id) -> std::string {
    try {
      p.set(id, severity::off);
    } catch (std::invalid_argument const& e) {
      return e.what();
    }
    return "nothing thrown";
  };
  CHECK(
      message("405-allow") ==
      R"(respolicy::policy::set: no rule has the id "405-allow"; did you mean "405-allow-required" )"
      R"(or "405-allow-excludes-method"?)");
  CHECK(message("date-requried").find(R"(did you mean "date-required"?)") != std::string::npos);
  CHECK(message("xyzzy").find("docs/rules.md lists every rule") != std::string::npos);
  // House rules are ids too, and suggestions.
  p.add_rule({"house-problem-json", severity::error, "4xx and 5xx bodies are problem+json",
              "house style", problem_json_check});
  CHECK(message("house-problem-jsn").find(R"(did you mean "house-problem-json"?)") !=
        std::string::npos);
  CHECK_NOTHROW(p.set("house-problem-json", severity::warning));
  // Nothing changed by the refused calls.
  for (std::size_t i = 0; i < rule_count; ++i) CHECK(p.severity_of(i) == before.severity_of(i));
}

TEST_CASE("policy: unit_test is standard without the Date rules", "[policy]") {
  policy const& u = policy::unit_test();
  CHECK(policy::profile("unit-test") == &u);
  CHECK(u.severity_of("date-required"sv) == severity::off);
  CHECK(u.severity_of("date-no-clock"sv) == severity::off);
  for (std::size_t i = 0; i < rule_count; ++i) {
    auto const id = rules()[i].id;
    if (id == "date-required" || id == "date-no-clock") continue;
    INFO(id);
    CHECK(u.severity_of(i) == policy::standard().severity_of(i));
  }
  CHECK(u.should_severity() == policy::standard().should_severity());
  CHECK(u.role() == server_role::origin);

  // A handler's response without Date conforms; with Date too; every other rule still holds.
  test::owned_response const no_date("200\nContent-Type: text/plain\nContent-Length: 2\n\nhi");
  CHECK(validate(no_date.view, nullptr, u).ok());
  CHECK_FALSE(validate(no_date.view, nullptr, u).has("date-required"));
  CHECK(validate(no_date.view).has("date-required"));
  test::owned_response const with_date(
      "200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/plain\nContent-Length: "
      "2\n\nhi");
  CHECK(validate(with_date.view, nullptr, u).ok());
  CHECK_FALSE(validate(with_date.view, nullptr, u).has("date-no-clock"));
  test::owned_response const bad("405\nContent-Length: 0");
  auto const rep = validate(bad.view, nullptr, u);
  CHECK(rep.has("405-allow-required"));
  CHECK_FALSE(rep.has("date-required"));
  CHECK_FALSE(rep.ok());
}
