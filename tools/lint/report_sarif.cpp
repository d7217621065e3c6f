//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "reports.hpp"

#include <respolicy/rule.hpp>
#include <respolicy/version.hpp>

#include <boost/json.hpp>

#include <ostream>

namespace respolicy::lint {
namespace {

namespace json = boost::json;

std::string_view sarif_level(severity s) noexcept {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "note";
    case severity::off: break;
  }
  return "none";
}

// An input's name as a relative URI reference (RFC 3986 §4.2): unreserved characters and '/'
// stay, every other byte is percent-encoded.
std::string to_uri(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char const c : path) {
    bool const unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      out += c;
    } else {
      auto const b = static_cast<unsigned char>(c);
      out += '%';
      out += hex[b >> 4];
      out += hex[b & 15];
    }
  }
  return out;
}

json::object descriptor(std::string_view id, std::string_view summary, std::string_view citation,
                        std::string_view description, severity s) {
  json::object r;
  r["id"] = id;
  r["shortDescription"] = {{"text", summary}};
  if (!description.empty()) r["fullDescription"] = {{"text", description}};
  r["helpUri"] = rule_help_uri(id);
  r["help"] = {{"text", std::string(summary) + " (" + std::string(citation) + ")"}};
  json::object config;
  if (s == severity::off)
    config["enabled"] = false;
  else
    config["level"] = sarif_level(s);
  r["defaultConfiguration"] = std::move(config);
  r["properties"] = {{"citation", citation}};
  return r;
}

// The index of a rule among the descriptors: the catalog's, then the tool's.
std::optional<std::size_t> rule_index(std::string_view id) {
  auto const all = rules();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].id == id) return i;
  auto const tool = tool_rules();
  for (std::size_t i = 0; i < tool.size(); ++i)
    if (tool[i].id == id) return all.size() + i;
  return std::nullopt;
}

}  // namespace

sarif_sink::sarif_sink(std::ostream& os) : os_(os) {}

void sarif_sink::begin() {
  json::array descriptors;
  for (auto const& r : rules())
    descriptors.push_back(
        descriptor(r.id, r.summary, r.citation, r.description, r.default_severity));
  for (auto const& t : tool_rules())
    descriptors.push_back(
        descriptor(t.id, t.summary, t.citation, {},
                   t.id == wire_rule::capture_note ? severity::info : severity::error));
  json::object driver;
  driver["name"] = "respolicy-lint";
  driver["version"] = std::to_string(version_major) + "." + std::to_string(version_minor) + "." +
                      std::to_string(version_patch);
  driver["informationUri"] = "https://github.com/respolicy/respolicy";
  driver["rules"] = std::move(descriptors);
  json::object run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["columnKind"] = "unicodeCodePoints";
  auto head = json::serialize(run);
  head.pop_back();  // the closing brace: the results follow, streamed
  os_ << "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
         "\"runs\":[\n"
      << head << ",\"results\":[";
}

void sarif_sink::entry(lint_entry const& e) {
  bool replaced = false;
  auto text = [&](std::string_view s) { return json::value(to_utf8(s, replaced)); };
  for (auto const& ld : e.diagnostics) {
    auto const& d = ld.d;
    std::string message(d.message);
    if (!d.detail.view().empty()) message += " (" + std::string(d.detail.view()) + ')';
    message += " [" + std::string(d.citation) + ']';
    if (!ld.field_line.empty()) message += " | " + ld.field_line;
    message += e.status ? " — response " : " — entry ";
    message += '#' + std::to_string(e.index);
    if (e.status) message += " (" + std::to_string(*e.status) + ')';
    message += '.';
    json::object r;
    r["ruleId"] = d.rule;
    if (auto const i = rule_index(d.rule)) r["ruleIndex"] = *i;
    r["level"] = sarif_level(d.severity);
    r["message"] = {{"text", text(message)}};
    json::object physical;
    physical["artifactLocation"] = {{"uri", to_uri(e.source)}};
    if (auto const at = ld.offset ? ld.offset : e.offset)
      physical["region"] = {{"byteOffset", *at}};
    r["locations"] = json::array{json::object{{"physicalLocation", std::move(physical)}}};
    json::object props;
    props["entry"] = e.index;
    if (e.status) props["status"] = *e.status;
    if (!e.method.empty()) props["method"] = text(e.method);
    if (!e.url.empty()) props["url"] = text(e.url);
    if (!ld.field_line.empty()) props["fieldLine"] = text(ld.field_line);
    r["properties"] = std::move(props);
    os_ << (first_ ? "\n" : ",\n") << json::serialize(r);
    first_ = false;
  }
}

void sarif_sink::end() { os_ << "\n]}\n]}\n"; }

}  // namespace respolicy::lint
