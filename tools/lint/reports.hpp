//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_REPORTS_HPP
#define RESPOLICY_TOOLS_LINT_REPORTS_HPP

#include "linter.hpp"

#include <array>
#include <cstddef>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>

namespace respolicy::lint {

/** Where a rule is documented: its row in docs/rules.md, or docs/lint.md for the tool's own
    rules (unparseable-input, header-section-too-large, capture-note). */
std::string rule_help_uri(std::string_view id);

/** `text` for HTML or XML content and attribute values: the bytes a terminal could act on and
    the bytes that are not UTF-8 as `\xNN` (printable()), then `& < > " '` as references. */
std::string markup_escape(std::string_view text);

/** The base64 SHA-256 digest of `bytes` (FIPS 180-4), as a Content-Security-Policy hash source
    takes it. */
std::string sha256_base64(std::string_view bytes);

/** One self-contained HTML page: a summary, then each exchange with its heads, the findings
    marked on the field lines they concern, and filters by severity and rule. Everything from the
    input is escaped, and a Content-Security-Policy lets only the page's own script and style
    run. The summary comes first, so the exchanges are kept until end(). */
class html_sink final : public sink {
 public:
  html_sink(std::ostream& os, std::string profile);
  void entry(lint_entry const& e) override;
  void end() override;

 private:
  struct tally {
    std::size_t responses = 0;
    std::array<std::size_t, 3> findings{};  ///< info, warning, error
  };

  std::ostream& os_;
  std::string profile_;
  std::string body_;
  std::size_t exchanges_ = 0;
  std::map<std::string, std::size_t> rule_counts_;
  std::array<tally, 7> by_class_{};  ///< none, 1xx ... 5xx, other
};

/** JUnit XML: a test suite per input, a test case per response, a `<failure>` per error-level
    finding, and the warnings and notes in the case's `<system-out>`. */
class junit_sink final : public sink {
 public:
  explicit junit_sink(std::ostream& os);
  void entry(lint_entry const& e) override;
  void end() override;

 private:
  void close_suite();

  std::ostream& os_;
  std::string suites_;
  std::string suite_source_;
  std::string cases_;
  std::size_t suite_tests_ = 0, suite_failures_ = 0;
  std::size_t tests_ = 0, failures_ = 0;
};

/** SARIF 2.1.0: every rule as a reportingDescriptor, every finding as a result located in its
    input (a byte offset where the input has them), streamed. */
class sarif_sink final : public sink {
 public:
  explicit sarif_sink(std::ostream& os);
  void begin() override;
  void entry(lint_entry const& e) override;
  void end() override;

 private:
  std::ostream& os_;
  bool first_ = true;
};

}  // namespace respolicy::lint

#endif
