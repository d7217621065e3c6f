//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "linter.hpp"

#include <respolicy/grammar/basic.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/validate.hpp>
#include <respolicy/version.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <ostream>
#include <span>

namespace respolicy::lint {
namespace {

constexpr tool_rule_info tool_rule_table[] = {
    {wire_rule::unparseable_input, "The input cannot be read as HTTP/1.x messages (or HAR) here",
     "RFC 9112 §2.1, §4"},
    {wire_rule::header_section_too_large, "The header section is longer than the reader's limit",
     "RFC 9112 §2.3"},
    {wire_rule::capture_note, "How the capture was read; not a violation", "respolicy-lint"},
};

tool_rule_info const* find_tool_rule(std::string_view id) noexcept {
  for (auto const& t : tool_rule_table)
    if (t.id == id) return &t;
  return nullptr;
}

std::string version_text(int v, bool h2) {
  if (h2) return v == 30 ? "HTTP/3" : "HTTP/2";
  if (v < 0 || v > 99) return {};
  return "HTTP/" + std::to_string(v / 10) + "." + std::to_string(v % 10);
}

// For a HAR entry whose httpVersion names no version respolicy knows: the semantics are checked,
// and the rules of one version only (rule_info::protocols) are off, since it may be any.
policy without_h1_rules(policy p) {
  for (auto const& r : rules())
    if (r.protocols != protocol_set::all) p.set(r.id, severity::off);
  return p;
}

// Well-formed UTF-8 (RFC 3629 §4) is the grammar's.
using grammar::detail::utf8_length;

void append_hex(std::string& out, char c) {
  static constexpr char digits[] = "0123456789ABCDEF";
  auto const b = static_cast<unsigned char>(c);
  out += "\\x";
  out += digits[b >> 4];
  out += digits[b & 0xf];
}

// At most `max` bytes of `s`, cut between UTF-8 sequences rather than inside one.
std::string_view cut_utf8(std::string_view s, std::size_t max) noexcept {
  if (s.size() <= max) return s;
  std::size_t n = 0;
  for (;;) {
    auto const k = std::max<std::size_t>(utf8_length(s, n), 1);
    if (n + k > max) return s.substr(0, n);
    n += k;
  }
}

// The request line and the request's field lines, for the reports that show the heads.
std::vector<std::string> request_head(std::string_view method, std::string_view target, int version,
                                      std::span<field_view const> fields) {
  std::vector<std::string> lines;
  std::string line(method);
  if (!target.empty()) line.append(" ").append(target);
  if (version > 0) line += " " + version_text(version, version >= 20);
  lines.push_back(std::move(line));
  for (auto const& f : fields) lines.push_back(std::string(f.name) + ": " + std::string(f.value));
  return lines;
}

}  // namespace

std::span<tool_rule_info const> tool_rules() noexcept { return tool_rule_table; }

std::string printable(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    auto const n = utf8_length(bytes, i);
    auto const c = static_cast<unsigned char>(bytes[i]);
    bool const c0 = n == 1 && (c < 0x20 || c == 0x7f);
    bool const c1 = n == 2 && c == 0xc2 && static_cast<unsigned char>(bytes[i + 1]) < 0xa0;
    if (n == 0 || c0 || c1) {
      for (std::size_t k = 0; k < std::max<std::size_t>(n, 1); ++k) append_hex(out, bytes[i + k]);
      i += std::max<std::size_t>(n, 1);
    } else {
      out.append(bytes.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string to_utf8(std::string_view bytes, bool& replaced) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    if (auto const n = utf8_length(bytes, i)) {
      out.append(bytes.substr(i, n));
      i += n;
    } else {
      out += "\xef\xbf\xbd";  // U+FFFD REPLACEMENT CHARACTER
      replaced = true;
      ++i;
    }
  }
  return out;
}

bool settings::set(std::string_view id, severity s) {
  if (id == wire_rule::unparseable_input) return unparseable = s, true;
  if (id == wire_rule::header_section_too_large) return too_large = s, true;
  if (id == wire_rule::capture_note) return notes = s, true;
  return pol.try_set(id, s);
}

bool settings::enable(std::string_view id) {
  if (find_tool_rule(id))
    return set(id, id == wire_rule::capture_note ? severity::info : severity::error);
  auto const* r = find_rule(id);
  if (!r) return false;
  auto s = r->default_severity;
  if (profile == "strict" && s == severity::warning) s = severity::error;
  if (s == severity::off) s = severity::info;
  return pol.try_set(id, s);
}

bool linter::known_rule(std::string_view id) noexcept {
  return find_rule(id) != nullptr || find_tool_rule(id) != nullptr;
}

linter::linter(settings const& s, sink& out)
    : s_(s), h2_policy_(without_h1_rules(s.pol)), out_(out) {}

severity linter::tool_severity(std::string_view id) const noexcept {
  if (id == wire_rule::unparseable_input) return s_.unparseable;
  if (id == wire_rule::header_section_too_large) return s_.too_large;
  if (id == wire_rule::capture_note) return s_.notes;
  return severity::off;
}

void linter::add_findings(lint_entry& e, std::vector<wire_finding> const& findings,
                          report const& rep, response_view const* res, policy const& pol) {
  auto shown = [](field_view const& f) {
    std::string line(f.name);
    line += ": ";
    line.append(cut_utf8(f.value, 200));
    if (f.value.size() > 200) line += "...";
    return line;
  };
  if (res && s_.keep_heads) {
    for (auto const& f : res->fields) e.response_head.push_back(shown(f));
    for (auto const& f : res->trailers) e.response_head.push_back(shown(f));
  }
  // The line the finding names (diagnostic::line), else the field's first line; with its index
  // among the fields, then the trailers.
  auto with_line = [&](diagnostic const& d, std::optional<std::uint64_t> offset,
                       std::uint16_t at = diagnostic::no_line) -> lint_diagnostic {
    if (!res || d.field.view().empty()) return {d, offset, {}, {}};
    auto const n = res->fields.size();
    if (at < n) return {d, offset, shown(res->fields[at]), at};
    if (at != diagnostic::no_line && at - n < res->trailers.size())
      return {d, offset, shown(res->trailers[at - n]), at};
    for (std::size_t i = 0; i < n; ++i)
      if (grammar::iequals(res->fields[i].name, d.field.view()))
        return {d, offset, shown(res->fields[i]), i};
    return {d, offset, {}, {}};
  };
  // What only the wire shows comes first, in input order; a rule validate() also reports keeps
  // validate()'s wording and gains the offset.
  std::vector<std::optional<std::uint64_t>> offsets(rep.size());
  for (auto const& f : findings) {
    bool merged = false;
    for (std::size_t i = 0; i < rep.size(); ++i)
      if (rep[i].rule == f.rule && grammar::iequals(rep[i].field.view(), f.field)) {
        if (!offsets[i]) offsets[i] = f.offset;
        merged = true;
        break;
      }
    if (merged) continue;
    diagnostic d;
    if (auto const* r = find_rule(f.rule)) {
      d.rule = r->id;
      d.entry = r;
      d.severity = pol.severity_of(r->id);
      d.message = r->summary;
      d.citation = r->citation;
    } else if (auto const* t = find_tool_rule(f.rule)) {
      d.rule = t->id;
      d.severity = tool_severity(t->id);
      d.message = t->summary;
      d.citation = t->citation;
    } else {
      continue;
    }
    if (d.severity == severity::off) continue;
    d.field.assign(f.field);
    d.detail.assign(f.detail);
    e.diagnostics.push_back(with_line(d, f.offset));
  }
  for (std::size_t i = 0; i < rep.size(); ++i)
    e.diagnostics.push_back(with_line(rep[i], offsets[i], rep[i].line));
}

void linter::emit(lint_entry& e) {
  std::erase_if(e.diagnostics, [&](lint_diagnostic const& d) { return d.d.severity < s_.min; });
  ++totals_.entries;
  for (auto const& d : e.diagnostics) {
    if (d.d.severity == severity::error) ++totals_.errors;
    if (d.d.severity == severity::warning) ++totals_.warnings;
    if (d.d.severity == severity::info) ++totals_.infos;
  }
  out_.entry(e);
}

void linter::message(std::string_view source, std::size_t index, wire_message const& m,
                     report const* exchange, std::string_view url) {
  lint_entry e;
  e.source = source;
  e.index = index;
  e.offset = m.offset;
  rep_.clear();
  response_view const res = m.view();
  if (m.request) e.method = m.request->method;
  e.url.assign(url.empty() && m.request ? std::string_view(m.request->target) : url);
  if (m.request && s_.keep_heads)
    e.request_head =
        request_head(m.request->method, m.request->target, m.request->version, m.request->fields);
  if (m.parsed && m.status != 0) {
    e.status = m.status;
    e.reason.assign(m.reason);
    e.version = version_text(m.version, m.transcript_h2);
    request_context const ctx = m.request ? m.request->context() : request_context{};
    validate(res, m.request ? &ctx : nullptr, s_.pol, rep_);
  }
  if (exchange)
    for (auto const& d : *exchange) rep_.add(d);
  add_findings(e, m.findings, rep_, m.parsed ? &res : nullptr, s_.pol);
  emit(e);
}

void linter::response(std::string_view source, std::size_t index, response_view const& res,
                      request_context const* req, bool h1_syntax, std::string_view version,
                      std::vector<wire_finding> const& findings) {
  lint_entry e;
  e.source = source;
  e.index = index;
  e.status = res.status;
  e.reason.assign(res.reason);
  e.version.assign(version);
  if (req) e.method.assign(req->method);
  if (req) e.url.assign(req->target);
  if (req && s_.keep_heads)
    e.request_head = request_head(req->method, req->target, req->version, req->fields);
  rep_.clear();
  validate(res, req, h1_syntax ? s_.pol : h2_policy_, rep_);
  add_findings(e, findings, rep_, &res, h1_syntax ? s_.pol : h2_policy_);
  for (auto& d : e.diagnostics) d.offset = std::nullopt;  // a HAR entry has no byte offsets
  emit(e);
}

void linter::problem(std::string_view source, std::size_t index, std::string_view rule,
                     std::optional<std::uint64_t> offset, std::string detail,
                     std::string_view method, std::string_view url) {
  lint_entry e;
  e.source = source;
  e.index = index;
  e.offset = offset;
  e.method.assign(method);
  e.url.assign(url);
  rep_.clear();
  add_findings(e, {{rule, offset.value_or(0), {}, std::move(detail)}}, rep_, nullptr, s_.pol);
  if (!offset)
    for (auto& d : e.diagnostics) d.offset = std::nullopt;
  emit(e);
}

void linter::probe(std::string_view source, std::size_t index, std::string_view url,
                   probe_result const& r, wire_request const* first) {
  lint_entry e;
  e.source = source;
  e.index = index;
  e.url = url;
  e.probe = to_string(r.request.kind);
  e.purpose = purpose(r.request.kind);
  e.interim = r.interim;
  e.error = r.error;
  if (auto const& q = r.request.parsed) {
    e.method = q->method;
    e.request_head = request_head(q->method, q->target, q->version, q->fields);
    for (auto const& f : q->fields) {
      bool const shared = first && first != q.get() &&
                          std::any_of(first->fields.begin(), first->fields.end(), [&](auto& g) {
                            return grammar::iequals(g.name, f.name) && g.value == f.value;
                          });
      if (!shared && first != q.get())
        e.request_own.push_back(std::string(f.name) + ": " + std::string(f.value));
    }
  }
  std::optional<response_view> res;
  if (r.response) {
    e.status = r.response->status();
    e.reason.assign(r.response->reason());
    e.version = version_text(r.response->version(), false);
    res = r.response->view();
  }
  add_findings(e, r.wire, r.findings, res ? &*res : nullptr, s_.pol);
  emit(e);
}

void linter::connection_end(std::string_view source, std::size_t index, std::uint64_t offset,
                            report const& exchange) {
  lint_entry e;
  e.source = source;
  e.index = index;
  e.offset = offset;
  e.connection_end = true;
  for (auto const& d : exchange) e.diagnostics.push_back({d, offset, {}, {}});
  emit(e);
}

// -------------------------------------------------------------------------------------------------

text_sink::text_sink(std::ostream& os, bool color) : os_(os), color_(color) {}

void text_sink::entry(lint_entry const& e) {
  char const* bold = color_ ? "\033[1m" : "";
  char const* off = color_ ? "\033[0m" : "";
  if (!e.probe.empty()) {
    // The probe, its request and the response received, as curl -v shows an exchange; then its
    // findings.
    os_ << "probe #" << e.index << ' ' << bold << e.probe << off << ": " << e.purpose << '\n';
    // The request line, and the fields that set this probe's request apart from the first GET's
    // (every field is in the JSON output).
    if (!e.request_head.empty()) os_ << "  > " << printable(e.request_head.front()) << '\n';
    for (auto const& line : e.request_own) os_ << "  > " << printable(line) << '\n';
    for (int const i : e.interim) os_ << "  < " << i << '\n';
    if (e.status)
      os_ << "  < " << (e.version.empty() ? "" : e.version + " ") << *e.status << ' '
          << printable(e.reason) << '\n';
    if (!e.error.empty()) os_ << "  no response: " << printable(e.error) << '\n';
  }
  for (auto const& ld : e.diagnostics) {
    auto const& d = ld.d;
    char const* on = "";
    if (color_)
      on = d.severity == severity::error     ? "\033[1;31m"
           : d.severity == severity::warning ? "\033[1;33m"
                                             : "\033[1;36m";
    os_ << printable(e.source) << '#' << e.index;
    if (!e.probe.empty()) {
      // The probe's name and method: the URL is the source's.
      os_ << ' ' << e.probe << ' ' << printable(e.method);
    } else if (!e.url.empty()) {
      if (!e.method.empty()) os_ << ' ' << printable(e.method);
      os_ << ' ' << printable(e.url);
    }
    if (e.status) os_ << ' ' << *e.status;
    if (e.connection_end) os_ << " end of connection";
    if (ld.offset) os_ << " @" << *ld.offset;
    os_ << ": " << on << to_string(d.severity) << off << ' ' << bold << d.rule << off << ": "
        << d.message;
    if (!d.detail.empty()) os_ << " (" << printable(d.detail.view()) << ')';
    os_ << " [" << d.citation << ']';
    if (!ld.field_line.empty()) os_ << " | " << printable(ld.field_line);
    os_ << '\n';
  }
}

void text_sink::end() {
  if (!counts_) return;
  auto const& t = *counts_;
  auto plural = [](std::size_t n, char const* one, char const* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
  };
  os_ << "respolicy-lint: " << plural(t.entries, "response", "responses") << " in "
      << plural(t.sources, "input", "inputs") << ": " << plural(t.errors, "error", "errors") << ", "
      << plural(t.warnings, "warning", "warnings") << ", " << plural(t.infos, "note", "notes")
      << '\n';
}

json_sink::json_sink(std::ostream& os, std::string profile)
    : os_(os), profile_(std::move(profile)) {}

void json_sink::begin() {
  boost::json::object head;
  head["tool"] = "respolicy-lint";
  head["version"] = std::to_string(version_major) + "." + std::to_string(version_minor) + "." +
                    std::to_string(version_patch);
  head["policy"] = profile_;
  auto text = boost::json::serialize(head);
  text.pop_back();  // the closing brace: the array of responses follows, streamed
  os_ << text << ",\"responses\":[";
}

void json_sink::entry(lint_entry const& e) {
  // Strings from the input (and the file name) may hold any bytes; JSON text is UTF-8.
  bool replaced = false;
  auto text = [&](std::string_view s) { return boost::json::value(to_utf8(s, replaced)); };
  auto text_or_null = [&](std::string_view s) {
    return s.empty() ? boost::json::value(nullptr) : text(s);
  };
  boost::json::object o;
  o["source"] = text(e.source);
  o["index"] = e.index;
  o["offset"] = e.offset ? boost::json::value(*e.offset) : boost::json::value(nullptr);
  o["status"] = e.status ? boost::json::value(*e.status) : boost::json::value(nullptr);
  o["reason"] = e.status ? text(e.reason) : boost::json::value(nullptr);
  o["version"] = text_or_null(e.version);
  o["method"] = text_or_null(e.method);
  o["url"] = text_or_null(e.url);
  boost::json::array diags;
  for (auto const& ld : e.diagnostics) {
    auto const& d = ld.d;
    boost::json::object j;
    j["rule"] = d.rule;
    j["severity"] = to_string(d.severity);
    j["message"] = d.message;
    j["citation"] = d.citation;
    j["field"] = text_or_null(d.field.view());
    j["detail"] = text_or_null(d.detail.view());
    j["field_line"] = text_or_null(ld.field_line);
    j["offset"] = ld.offset ? boost::json::value(*ld.offset) : boost::json::value(nullptr);
    diags.push_back(std::move(j));
  }
  o["diagnostics"] = std::move(diags);
  if (!e.probe.empty()) {
    // --probe: which probe, and the request it sent (docs/lint-json-schema.json, "probe").
    o["probe"] = e.probe;
    o["purpose"] = e.purpose;
    boost::json::array request;
    for (auto const& line : e.request_head) request.push_back(text(line));
    o["request"] = std::move(request);
    boost::json::array interim;
    for (int const i : e.interim) interim.push_back(i);
    o["interim"] = std::move(interim);
    o["error"] = text_or_null(e.error);
  }
  o["invalid_utf8"] = replaced;
  os_ << (first_ ? "\n" : ",\n") << boost::json::serialize(o);
  first_ = false;
}

void json_sink::end() {
  boost::json::object summary;
  if (counts_) {
    summary["responses"] = counts_->entries;
    summary["inputs"] = counts_->sources;
    summary["errors"] = counts_->errors;
    summary["warnings"] = counts_->warnings;
    summary["infos"] = counts_->infos;
  }
  os_ << "\n],\"summary\":" << boost::json::serialize(summary) << "}\n";
}

}  // namespace respolicy::lint
