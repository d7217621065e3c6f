//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "reports.hpp"

#include <ostream>

namespace respolicy::lint {
namespace {

// "Name: value" lines of a finding, as the text output writes them.
std::string finding_text(lint_diagnostic const& ld) {
  auto const& d = ld.d;
  std::string s = std::string(to_string(d.severity)) + ' ' + std::string(d.rule) + ": " +
                  std::string(d.message);
  if (!d.detail.view().empty()) s += " (" + std::string(d.detail.view()) + ')';
  s += " [" + std::string(d.citation) + ']';
  if (!ld.field_line.empty()) s += " | " + ld.field_line;
  if (ld.offset) s += " @" + std::to_string(*ld.offset);
  s += " <" + rule_help_uri(d.rule) + ">";
  return s;
}

// A test case's name: the request (method and target) when known, else the input, then the
// status: "#1 DELETE http://example.com/a 405".
std::string case_name(lint_entry const& e) {
  std::string n = '#' + std::to_string(e.index) + ' ';
  if (!e.method.empty()) n += e.method + ' ';
  n += (e.url.empty() ? e.source : e.url) + ' ';
  if (e.connection_end)
    n += "end of connection";
  else if (e.status)
    n += std::to_string(*e.status);
  else
    n += "unreadable input";
  return n;
}

}  // namespace

junit_sink::junit_sink(std::ostream& os) : os_(os) {}

void junit_sink::close_suite() {
  if (suite_tests_ == 0) return;
  suites_ += "<testsuite name=\"" + markup_escape(suite_source_) + "\" tests=\"" +
             std::to_string(suite_tests_) + "\" failures=\"" + std::to_string(suite_failures_) +
             "\" errors=\"0\" skipped=\"0\">\n" + cases_ + "</testsuite>\n";
  cases_.clear();
  suite_tests_ = suite_failures_ = 0;
}

void junit_sink::entry(lint_entry const& e) {
  if (e.source != suite_source_ || suite_tests_ == 0) {
    close_suite();
    suite_source_ = e.source;
  }
  ++suite_tests_, ++tests_;
  cases_ += "<testcase classname=\"" + markup_escape(e.source) + "\" name=\"" +
            markup_escape(case_name(e)) + "\">\n";
  std::string out;
  for (auto const& ld : e.diagnostics) {
    if (ld.d.severity == severity::error) {
      ++suite_failures_, ++failures_;
      cases_ += "<failure type=\"" + markup_escape(ld.d.rule) + "\" message=\"" +
                markup_escape(ld.d.message) + "\">" + markup_escape(finding_text(ld)) +
                "</failure>\n";
    } else {
      out += markup_escape(finding_text(ld)) + '\n';
    }
  }
  if (!out.empty()) cases_ += "<system-out>" + out + "</system-out>\n";
  cases_ += "</testcase>\n";
}

void junit_sink::end() {
  close_suite();
  os_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"respolicy-lint\" tests=\""
      << tests_ << "\" failures=\"" << failures_ << "\" errors=\"0\">\n"
      << suites_ << "</testsuites>\n";
}

}  // namespace respolicy::lint
