//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "rules_markdown.hpp"

#include <respolicy/rule.hpp>

#include <array>

namespace respolicy::docgen {
namespace {

// The test file that holds a group's breaking responses and near misses.
std::string_view cases_file(rule_group g) {
  switch (g) {
    case rule_group::framing: return "tests/rules/framing_cases.cpp";
    case rule_group::status_line: return "tests/rules/status_line_cases.cpp";
    case rule_group::field_syntax: return "tests/rules/field_syntax_cases.cpp";
    case rule_group::per_status: return "tests/rules/per_status_cases.cpp";
    case rule_group::field_specific: return "tests/rules/field_specific_cases.cpp";
    case rule_group::caching: return "tests/rules/caching_cases.cpp";
    case rule_group::request: return "tests/rules/request_cases.cpp";
    case rule_group::connection: return "tests/rules/connection_cases.cpp";
    case rule_group::problem: return "tests/rules/problem_cases.cpp";
    case rule_group::protocol: return "tests/rules/protocol_cases.cpp";
  }
  return {};
}

// Table cells cannot hold a bare '|'.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// The versions of HTTP a rule applies to, as the table's HTTP column shows them.
std::string_view versions(protocol_set p) {
  switch (p) {
    case protocol_set::all: return "all";
    case protocol_set::http1: return "1.x";
    case protocol_set::http2_http3: return "2, 3";
    case protocol_set::http2: return "2";
    case protocol_set::http3: return "3";
  }
  return "?";
}

std::string_view status_word(coverage c) {
  switch (c) {
    case coverage::checked: return "checked";
    case coverage::planned: return "planned";
    case coverage::not_checkable: return "not checkable";
    case coverage::exchange: return "checked on a connection";
    case coverage::probe: return "checked by a probe";
  }
  return "?";
}

}  // namespace

std::string rules_markdown() {
  // One count per coverage, indexed by its value; coverage::probe is the last.
  std::array<std::size_t, static_cast<std::size_t>(coverage::probe) + 1> counts{};
  for (auto const& r : rules()) ++counts[static_cast<std::size_t>(r.cover)];

  std::string md;
  md += "# respolicy rules\n\n";
  md +=
      "<!-- Generated from include/respolicy/detail/rule_table.hpp by `cmake --build <build> "
      "--target docs`. Do not edit: a test fails when this file is stale. -->\n\n";
  md +=
      "Every rule respolicy knows, one per requirement HTTP places on a response. Rule ids are "
      "stable: use them with `policy::set`, the test matchers and `respolicy-lint "
      "--explain`.\n\n";
  md += std::to_string(rules().size()) + " rules: " + std::to_string(counts[0]) +
        " checked in each response, " + std::to_string(counts[3]) + " checked on a connection, " +
        std::to_string(counts[4]) + " checked by a probe, " + std::to_string(counts[1]) +
        " planned, " + std::to_string(counts[2]) + " not checkable from what respolicy sees.\n\n";
  md +=
      "- **level**: the requirement level the RFC states (MUST, MUST NOT, SHOULD, SHOULD NOT; "
      "MAY covers advice). *(D)* marks a rule derived from a definition rather than stated with "
      "a keyword; *(verify)* marks one whose source could be read only through quotations, not in "
      "the RFC itself. The notes of rules checked against their source quote its key sentence.\n";
  md +=
      "- **default**: the severity `policy::standard()` reports (MUST → error, SHOULD → "
      "warning, advice → info, unless the notes say otherwise). `policy::strict()` raises "
      "warnings to errors; `policy::minimal()` keeps only the rules marked *minimal*.\n";
  md +=
      "- **HTTP**: the versions of HTTP the rule applies to, by `response_view::version` (10 and "
      "11 are HTTP/1.x, 20 HTTP/2, 30 HTTP/3): *all* for the semantics of RFC 9110 and 9111, "
      "*1.x* for the message syntax and connection management of RFC 9112, *2, 3* for what RFC "
      "9113 and RFC 9114 add. `validate()` does not report a rule of another version than the "
      "response's.\n";
  md +=
      "- **status**: *checked* rules are checked by `validate()`; each has a response that "
      "breaks it and a near miss that does not, in the test file named. *checked on a connection* "
      "rules are judged across the requests and responses of one connection by "
      "`connection_checker` (`<respolicy/exchange.hpp>`), which `respolicy::beast::checked_stream` "
      "and `respolicy-lint` (raw captures with `--request`, and `--proxy`) use; the notes name "
      "their tests. *checked by a probe* rules are judged by `run_probe()` from two answers of a "
      "server (`<respolicy/probe.hpp>`). *planned* and *not checkable* rules say why.\n\n";

  for (int g = 0; g <= static_cast<int>(rule_group::protocol); ++g) {
    auto const group = static_cast<rule_group>(g);
    md += "## " + std::string(to_string(group)) + "\n\n";
    md += "| id | level | default | HTTP | summary | citation | status |\n";
    md += "|---|---|---|---|---|---|---|\n";
    for (auto const& r : rules()) {
      if (r.group != group) continue;
      md += "| <a id=\"" + std::string(r.id) + "\"></a>`" + std::string(r.id) + "` | " +
            std::string(to_string(r.level));
      if (r.derived()) md += " (D)";
      if (r.needs_verification()) md += " (verify)";
      md += " | " + std::string(to_string(r.default_severity));
      if (r.in_minimal()) md += ", minimal";
      md += " | " + std::string(versions(r.protocols));
      md += " | " + cell(r.summary) + " | " + cell(r.citation) + " | ";
      md += status_word(r.cover);
      if (r.cover == coverage::checked) md += " (`" + std::string(cases_file(group)) + "`)";
      if (!r.note.empty()) md += ": " + cell(r.note);
      md += " |\n";
    }
    md += "\n";
  }
  return md;
}

}  // namespace respolicy::docgen
