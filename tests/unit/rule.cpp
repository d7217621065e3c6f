//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/rule.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;

static_assert(rule_index{"no-content-204"}.info().id == "no-content-204");
static_assert(rule_index{"no-content-204"}.info().default_severity == severity::error);
static_assert(rule_index{"405-allow-required"}.info().level == rfc_level::must);
static_assert(rules()[rule_index{"405-allow-required"}.value].id == "405-allow-required");
static_assert(find_rule("no-content-204") == &rule_index{"no-content-204"}.info());
static_assert(find_rule("no-such-rule") == nullptr);
static_assert(rule_position("no-content-1xx") == 0 && rule_position("no-such-rule") == -1);

namespace {

// The ids docs/rules.md lists (each row's anchor, <a id="ID">), in order. docs/rules.md is
// generated from the table and committed, so it is the record of the ids users have seen.
std::vector<std::string> documented_ids() {
  std::ifstream in(RESPOLICY_SOURCE_DIR "/docs/rules.md", std::ios::binary);
  REQUIRE(in);
  std::vector<std::string> ids;
  std::string_view const anchor = "| <a id=\"";
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with(anchor)) continue;
    auto const end = line.find('"', anchor.size());
    REQUIRE(end != std::string::npos);
    ids.push_back(line.substr(anchor.size(), end - anchor.size()));
  }
  return ids;
}

bool is_kebab(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  if (id.find("--") != std::string_view::npos) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

char strength(rfc_level l) {
  switch (l) {
    case rfc_level::must:
    case rfc_level::must_not: return 'M';
    case rfc_level::should:
    case rfc_level::should_not: return 'S';
    case rfc_level::may: return 'A';
  }
  return '?';
}

severity default_for(rfc_level l) {
  switch (strength(l)) {
    case 'M': return severity::error;
    case 'S': return severity::warning;
    default: return severity::info;
  }
}

}  // namespace

TEST_CASE("rule: the table's ids are unique and kebab-case", "[rule]") {
  REQUIRE_FALSE(rules().empty());
  std::set<std::string_view> ids;
  for (std::size_t i = 0; i < rules().size(); ++i) {
    auto const& r = rules()[i];
    INFO(r.id);
    CHECK(is_kebab(r.id));
    CHECK(ids.insert(r.id).second);
    CHECK(rule_position(r.id) == static_cast<int>(i));
    CHECK_FALSE(to_string(r.group).empty());
  }
}

TEST_CASE("rule: every id docs/rules.md lists is still in the table", "[rule]") {
  // A renamed or dropped id fails here until docs/rules.md is regenerated, and then shows as a
  // removed row in the diff of docs/rules.md.
  auto const documented = documented_ids();
  REQUIRE_FALSE(documented.empty());  // the rows still begin with their anchor
  for (auto const& id : documented) {
    auto const why = "docs/rules.md lists \"" + id +
                     "\", which the rule table no longer has: rule ids are user-facing: never "
                     "rename one";
    INFO(why);
    CHECK(find_rule(id) != nullptr);
  }
  std::set<std::string_view> const listed(documented.begin(), documented.end());
  for (auto const& r : rules()) {
    auto const why = "\"" + std::string(r.id) +
                     "\" is not in docs/rules.md: regenerate it with "
                     "cmake --build <build> --target docs";
    INFO(why);
    CHECK(listed.contains(r.id));
  }
}

TEST_CASE("rule: every entry has a summary, citation and scope", "[rule]") {
  for (auto const& r : rules()) {
    INFO(r.id);
    CHECK_FALSE(r.summary.empty());
    CHECK_FALSE(r.description.empty());
    CHECK_FALSE(r.citation.empty());
    CHECK_FALSE(r.scope.empty());
    CHECK(r.summary.find('\n') == std::string_view::npos);
    CHECK(to_string(r.level) != "?");
  }
}

TEST_CASE("rule: the default severity follows the level unless the note explains why", "[rule]") {
  std::size_t deviations = 0;
  for (auto const& r : rules()) {
    INFO(r.id << " level " << to_string(r.level) << " default " << to_string(r.default_severity));
    CHECK(r.default_severity != severity::off);
    if (r.default_severity == default_for(r.level)) continue;
    ++deviations;
    CHECK_FALSE(r.note.empty());
  }
  // A handful of deliberate deviations (200-validators, 413-retry-after, 503-retry-after and the
  // derived "needs-request" rules); a large number would mean the table lost its levels.
  CHECK(deviations < 20);
}

TEST_CASE("rule: rules that are not checked say why in their note", "[rule]") {
  std::size_t checked = 0;
  for (auto const& r : rules()) {
    INFO(r.id);
    if (r.checked()) {
      ++checked;
      continue;
    }
    CHECK((r.cover == coverage::planned || r.cover == coverage::not_checkable ||
           r.cover == coverage::exchange || r.cover == coverage::probe));
    CHECK_FALSE(r.note.empty());
  }
  CHECK(checked > 0);
}

TEST_CASE("rule: find_rule finds each id and nothing else", "[rule]") {
  for (auto const& r : rules()) {
    INFO(r.id);
    CHECK(find_rule(r.id) == &r);
    // Lookup is by the whole id, case-sensitively.
    std::string upper(r.id);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
    if (upper != r.id) CHECK(find_rule(upper) == nullptr);
    CHECK(find_rule(std::string(r.id) + "-x") == nullptr);
    CHECK(find_rule(r.id.substr(0, r.id.size() - 1)) != &r);
  }
  for (std::string_view unknown :
       {"", "-", "no-content", "No-Content-204", "no-content-204 ", "house-problem-json", "405"})
    CHECK(find_rule(unknown) == nullptr);
}

TEST_CASE("rule: rule_index names a rule at compile time", "[rule]") {
  constexpr rule_index i{"no-content-204"};
  STATIC_REQUIRE(i.info().id == "no-content-204");
  STATIC_REQUIRE(&rules()[i.value] == &i.info());
  CHECK(i.info().citation == "RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3");
  CHECK(find_rule("no-content-204") == &i.info());
}

TEST_CASE("rule: the minimal flag marks framing and safety rules", "[rule]") {
  for (std::string_view id : {"no-content-204", "content-length-syntax", "field-value-no-cr-lf-nul",
                              "reason-phrase-charset", "status-code-range", "field-name-token"}) {
    INFO(id);
    REQUIRE(find_rule(id));
    CHECK(find_rule(id)->in_minimal());
  }
  for (std::string_view id : {"3xx-location", "reason-phrase-registered", "503-retry-after"}) {
    INFO(id);
    REQUIRE(find_rule(id));
    CHECK_FALSE(find_rule(id)->in_minimal());
  }
}

TEST_CASE("rule: similar_rule_ids names the ids closest to an unknown one", "[rule]") {
  using ids = std::vector<std::string_view>;
  // A prefix of ids (the shortest first), or an id with more after it.
  CHECK(similar_rule_ids("405-allow") == ids{"405-allow-required", "405-allow-excludes-method"});
  CHECK(similar_rule_ids("405-allow-required-x") == ids{"405-allow-required"});
  // Typing mistakes: a swap, a letter left out, one added, one changed; case does not matter.
  CHECK(similar_rule_ids("date-requried") == ids{"date-required"});
  CHECK(similar_rule_ids("date-requred") == ids{"date-required"});
  CHECK(similar_rule_ids("date-requiredd") == ids{"date-required"});
  CHECK(similar_rule_ids("Date-Required") == ids{"date-required"});
  CHECK(similar_rule_ids("no-content-2o4") == ids{"no-content-204"});
  // Part of an id.
  CHECK(similar_rule_ids("allow-required") == ids{"405-allow-required"});
  // At most `max`, best first; ids given besides the catalog's.
  CHECK(similar_rule_ids("no-content", {}, 2).size() == 2);
  std::string_view const house[] = {"house-problem-json"};
  CHECK(similar_rule_ids("house-problem-jsn", house) == ids{"house-problem-json"});
  // Nothing close, and an exact id is not its own suggestion.
  CHECK(similar_rule_ids("xyzzy").empty());
  CHECK(similar_rule_ids("").empty());
  for (auto const& r : rules()) {
    auto const close = similar_rule_ids(r.id);
    CHECK(std::find(close.begin(), close.end(), r.id) == close.end());
  }
}

TEST_CASE("rule: unknown_rule_message says what was meant", "[rule]") {
  CHECK(unknown_rule_message("405-allow") ==
        R"(no rule has the id "405-allow"; did you mean )"
        R"("405-allow-required" or "405-allow-excludes-method"?)");
  CHECK(unknown_rule_message("xyzzy") ==
        R"(no rule has the id "xyzzy" (docs/rules.md lists every rule))");
  auto const several = unknown_rule_message("no-content");
  CHECK(several.find(R"(did you mean "no-content-)") != std::string::npos);
  CHECK(several.find(" or ") != std::string::npos);
}
