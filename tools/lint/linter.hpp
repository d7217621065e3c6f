//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_LINTER_HPP
#define RESPOLICY_TOOLS_LINT_LINTER_HPP

#include <respolicy/wire.hpp>

#include <respolicy/policy.hpp>
#include <respolicy/probe.hpp>
#include <respolicy/report.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy::lint {

/** `bytes` as text output shows them: UTF-8 stays, and every byte a terminal could act on is
    written as `\xNN` (C0 controls, DEL, C1 controls, bytes that are not UTF-8), so that what a
    response holds cannot move the cursor, recolour or retitle the terminal, or start a new line. */
std::string printable(std::string_view bytes);

/** `bytes` as valid UTF-8, for JSON (RFC 8259 §8.1): each byte that is not part of a well-formed
    sequence (Unicode §3.9) becomes U+FFFD, and `replaced` is set when one did. */
std::string to_utf8(std::string_view bytes, bool& replaced);

/** A rule of the tool's own, about the input rather than a response (wire_rule). */
struct tool_rule_info {
  std::string_view id;
  std::string_view summary;
  std::string_view citation;
};

/** unparseable-input, header-section-too-large and capture-note. */
std::span<tool_rule_info const> tool_rules() noexcept;

/** A diagnostic as the linter prints it: the finding, where it was, and the field line. */
struct lint_diagnostic {
  diagnostic d;
  std::optional<std::uint64_t> offset;
  std::string field_line;  ///< "Name: value", when the diagnostic names a field of the response
                           ///< (the value cut after 200 bytes, between characters)
  /** The index of `field_line` among the response's field lines, then its trailer lines (as in
      lint_entry::response_head). */
  std::optional<std::size_t> line;
};

/** Everything reported about one response (or one unreadable run of input). */
struct lint_entry {
  std::string source;
  std::size_t index = 0;  ///< 1-based position among the entries of `source`
  std::optional<std::uint64_t> offset;
  std::optional<int> status;
  std::string reason;
  std::string version;          ///< "HTTP/1.1", "HTTP/2", or empty when unknown
  std::string method;           ///< the request method, when known
  bool connection_end = false;  ///< findings about the end of a connection, not a response
  /** The request's URL, when known: a HAR entry's request.url, the proxy's "http://" + Host +
      target (or an absolute-form target), --url's URL, else the request-target. */
  std::string url;
  std::vector<lint_diagnostic> diagnostics;
  /** The heads as lines, for the reports that show them; filled when settings::keep_heads is. */
  std::vector<std::string> request_head;   ///< the request line, then its field lines
  std::vector<std::string> response_head;  ///< the field lines, then the trailer lines, as
                                           ///< field_line shows them
  /** --probe: the probe's name ("if-none-match") and what it checks; empty otherwise. With a
      probe, request_head always holds the request sent. */
  std::string probe;
  std::string purpose;
  /** --probe: the request's field lines that the first GET's request does not have (what makes
      this probe's request what it is). */
  std::vector<std::string> request_own;
  std::vector<int> interim;  ///< --probe: the interim (1xx) statuses before the final response
  std::string error;         ///< --probe: why no response arrived
};

/** Counts over everything linted. */
struct totals {
  std::size_t entries = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t sources = 0;
};

/** Where entries go: text or JSON. */
class sink {
 public:
  virtual ~sink() = default;
  virtual void begin() {}
  virtual void entry(lint_entry const& e) = 0;
  virtual void end() {}
  /** The counts the summary prints (the linter's). */
  void set_counts(totals const* t) noexcept { counts_ = t; }

 protected:
  totals const* counts_ = nullptr;
};

/** What to report and how the input is read. */
struct settings {
  policy pol = policy::standard();
  std::string profile = "standard";
  severity min = severity::info;
  severity unparseable = severity::error;  ///< wire_rule::unparseable_input
  severity too_large = severity::error;    ///< wire_rule::header_section_too_large
  severity notes = severity::info;         ///< wire_rule::capture_note
  wire_options wire;
  bool keep_heads = false;  ///< fill lint_entry::request_head and response_head

  /** Sets a catalog or tool rule; false when no rule has that id. */
  bool set(std::string_view id, severity s);
  /** Turns a rule on at its default severity under the chosen profile's scale. */
  bool enable(std::string_view id);
};

/** Turns wire messages and responses into entries, validating each with respolicy::validate(). */
class linter {
 public:
  linter(settings const& s, sink& out);

  /** Lints one message read by a `wire_reader`; `source` names the input. `exchange` holds what
      a `connection_checker` found about the message on its connection, when one watches it.
      `url` labels the entry; when empty, the target of the request it answers does. */
  void message(std::string_view source, std::size_t index, wire_message const& m,
               report const* exchange = nullptr, std::string_view url = {});

  /** An entry for the end of a connection, when a `connection_checker` found something there (a
      100 and then no final response). */
  void connection_end(std::string_view source, std::size_t index, std::uint64_t offset,
                      report const& exchange);

  /** Lints a response known only by its fields (a HAR entry); `h1_syntax` false turns off the
      rules whose scope is HTTP/1.1 syntax. */
  void response(std::string_view source, std::size_t index, response_view const& res,
                request_context const* req, bool h1_syntax, std::string_view version,
                std::vector<wire_finding> const& findings);

  /** An entry with tool diagnostics only: unreadable input, a HAR entry without a response (with
      the `method` and `url` of its request, when it has one). */
  void problem(std::string_view source, std::size_t index, std::string_view rule,
               std::optional<std::uint64_t> offset, std::string detail,
               std::string_view method = {}, std::string_view url = {});

  /** An entry for one probe of `respolicy::run_probe()` on `url`: the request sent, the response
      received and the findings (those `r` holds, judged by the settings' policy). `first` is the
      first GET's request, which the entry's `request_own` is told apart from. */
  void probe(std::string_view source, std::size_t index, std::string_view url,
             probe_result const& r, wire_request const* first);

  totals const& counts() const noexcept { return totals_; }
  void count_source() noexcept { ++totals_.sources; }

  /** True when a catalog or tool rule id is known. */
  static bool known_rule(std::string_view id) noexcept;

 private:
  void add_findings(lint_entry& e, std::vector<wire_finding> const& findings, report const& rep,
                    response_view const* res, policy const& pol);
  void emit(lint_entry& e);
  severity tool_severity(std::string_view id) const noexcept;

  settings const& s_;
  policy h2_policy_;
  sink& out_;
  totals totals_;
  report rep_;
};

/** Text output: one line per diagnostic, a summary at the end. */
class text_sink final : public sink {
 public:
  text_sink(std::ostream& os, bool color);
  void entry(lint_entry const& e) override;
  void end() override;

 private:
  std::ostream& os_;
  bool color_;
};

/** JSON output, streamed: `{"tool":..., "responses":[...], "summary":{...}}`
    (docs/lint-json-schema.json). */
class json_sink final : public sink {
 public:
  json_sink(std::ostream& os, std::string profile);
  void begin() override;
  void entry(lint_entry const& e) override;
  void end() override;

 private:
  std::ostream& os_;
  std::string profile_;
  bool first_ = true;
};

}  // namespace respolicy::lint

#endif
