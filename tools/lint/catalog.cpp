//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "catalog.hpp"

#include <respolicy/rule.hpp>
#include <respolicy/status.hpp>

#include <boost/json.hpp>

#include <charconv>
#include <ostream>

namespace respolicy::lint {
namespace {

namespace json = boost::json;

std::string_view to_string(coverage c) noexcept {
  switch (c) {
    case coverage::checked: return "checked";
    case coverage::planned: return "planned";
    case coverage::not_checkable: return "not-checkable";
    case coverage::exchange: return "exchange";
    case coverage::probe: return "probe";
  }
  return "?";
}

std::string_view to_string(status_class c) noexcept {
  switch (c) {
    case status_class::informational: return "informational";
    case status_class::successful: return "successful";
    case status_class::redirection: return "redirection";
    case status_class::client_error: return "client-error";
    case status_class::server_error: return "server-error";
  }
  return "?";
}

json::object rule_json(rule_info const& r) {
  json::object o;
  o["id"] = r.id;
  o["group"] = to_string(r.group);
  o["level"] = respolicy::to_string(r.level);
  o["severity"] = respolicy::to_string(r.default_severity);
  o["coverage"] = to_string(r.cover);
  o["minimal"] = r.in_minimal();
  o["summary"] = r.summary;
  o["scope"] = r.scope;
  o["citation"] = r.citation;
  return o;
}

json::object status_json(status_info const& s) {
  json::object o;
  o["code"] = s.code;
  o["registered"] = true;
  o["reason"] = s.reason;
  o["class"] = to_string(s.cls);
  o["spec"] = s.spec;
  o["content_allowed"] = s.content_allowed();
  o["heuristically_cacheable"] = s.heuristically_cacheable();
  json::array flags;
  if (s.deprecated()) flags.emplace_back("deprecated");
  if (s.unused()) flags.emplace_back("unused");
  if (s.reserved()) flags.emplace_back("reserved");
  if (s.experimental()) flags.emplace_back("experimental");
  if (s.temporary()) flags.emplace_back("temporary");
  if (s.obsoleted()) flags.emplace_back("obsoleted");
  if (s.never_stored()) flags.emplace_back("never-stored");
  o["flags"] = std::move(flags);
  json::array hist;
  for (auto h : s.historical_reasons) hist.emplace_back(h);
  o["historical_reasons"] = std::move(hist);
  return o;
}

// An unregistered code of the seen-in-practice table; "registered" tells it from the registry's.
json::object seen_json(seen_status const& s) {
  json::object o;
  o["code"] = s.code;
  o["registered"] = false;
  o["label"] = s.label;
  o["name"] = s.name;
  o["sender"] = s.sender;
  o["meaning"] = s.meaning;
  o["on_wire"] = s.on_wire;
  o["sub_status"] = s.sub_status();
  o["instead"] = s.instead ? json::value(s.instead) : json::value(nullptr);
  o["advice"] = s.advice;
  return o;
}

// What --explain says of a seen code: what it is, who uses it, what to send instead.
void explain_seen(std::ostream& os, seen_status const& s) {
  os << s.label << ' ' << s.name << " (not registered)\n\n";
  os << "  Not in the IANA registry: respolicy knows it from its table of codes seen in "
        "practice.\n";
  if (!s.sub_status()) os << "  Clients treat it as " << s.code / 100 * 100 << " (RFC 9110 §15).\n";
  os << "\n  used by:     " << s.sender << "\n";
  os << "  on the wire: "
     << (s.sub_status() ? "never; the status line carries " + std::to_string(s.code)
         : s.on_wire    ? std::string("yes")
                        : "never sent; " + std::string(s.sender) + " only logs it")
     << "\n";
  if (auto const* r = find_status(s.instead))
    os << "  instead:     " << r->code << ' ' << r->reason << " (" << r->spec << ")\n";
  os << "\n  " << s.meaning << "\n  " << s.advice << "\n";
}

// The status a rule is about, from its id ("405-allow-required") or its scope ("204").
int status_of_rule(rule_info const& r) {
  for (std::string_view s : {r.id, r.scope}) {
    int code = 0;
    auto const [p, ec] =
        std::from_chars(s.data(), s.data() + std::min<std::size_t>(3, s.size()), code);
    if (ec == std::errc{} && p == s.data() + 3 && is_valid_status(code)) return code;
  }
  return 0;
}

// Rules about one status: those named after it or scoped to it.
bool rule_concerns(rule_info const& r, int code) {
  if (status_of_rule(r) == code) return true;
  auto const digits = std::to_string(code);
  auto const cls = digits.substr(0, 1) + "xx";
  for (std::string_view scope = r.scope; !scope.empty();) {
    auto const comma = scope.find(',');
    auto item = scope.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (item.starts_with(digits) || item.starts_with(cls)) return true;
    if (comma == std::string_view::npos) break;
    scope.remove_prefix(comma + 1);
  }
  return false;
}

std::string printable(std::string const& raw) {
  std::string out;
  for (char c : raw)
    if (c != '\r') out += c;
  return out;
}

}  // namespace

std::string example_response(int code, std::string* method) {
  auto const* s = find_status(code);
  std::string reason = s ? std::string(s->reason) : "Unregistered";
  std::string fields = "Date: Tue, 15 Nov 1994 08:12:31 GMT\r\n";
  std::string body;
  std::string type = "text/plain; charset=utf-8";
  std::string m = "GET";
  auto add = [&](std::string_view f) {
    fields += f;
    fields += "\r\n";
  };
  switch (code) {
    case 101:
      add("Connection: upgrade");
      add("Upgrade: websocket");
      break;
    case 103: add("Link: </style.css>; rel=preload; as=style"); break;
    case 201:
      m = "POST";
      add("Location: /items/42");
      body = "created /items/42\n";
      break;
    case 206:
      add("Content-Range: bytes 0-4/100");
      add("ETag: \"v1\"");
      body = "01234";
      break;
    case 300:
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
      add("Location: https://example.com/new");
      body = "see https://example.com/new\n";
      break;
    case 304: add("ETag: \"v1\""); break;
    case 401:
      add("WWW-Authenticate: Basic realm=\"api\"");
      body = "log in to use the api\n";
      break;
    case 405:
      m = "DELETE";
      add("Allow: GET, HEAD");
      body = "DELETE is not allowed here; use GET or HEAD\n";
      break;
    case 407:
      add("Proxy-Authenticate: Basic realm=\"proxy\"");
      body = "authenticate with the proxy\n";
      break;
    case 413:
    case 429:
    case 503:
      add("Retry-After: 120");
      body = "try again in two minutes\n";
      break;
    case 416:
      add("Content-Range: bytes */1000");
      body = "the range is outside the 1000 bytes of the resource\n";
      break;
    case 426:
      add("Connection: upgrade");
      add("Upgrade: HTTP/3.0");
      body = "upgrade to HTTP/3.0\n";
      break;
    case 451:
      // RFC 7725 §4: the blocking entity identifies itself with a blocked-by link.
      add("Link: <https://blocker.example/>; rel=\"blocked-by\"");
      body = "unavailable for legal reasons\n";
      break;
    case 207:
      // RFC 4918 §13: a multistatus document, one response element per resource.
      type = "application/xml; charset=utf-8";
      body =
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\">"
          "<D:response><D:href>/docs/a</D:href><D:status>HTTP/1.1 200 OK</D:status>"
          "</D:response></D:multistatus>\n";
      break;
    case 423:
      // RFC 4918 §11.3: the precondition that failed, as a DAV:error document.
      type = "application/xml; charset=utf-8";
      body =
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:error xmlns:D=\"DAV:\">"
          "<D:lock-token-submitted><D:href>/docs/a</D:href></D:lock-token-submitted>"
          "</D:error>\n";
      break;
    case 205: add("Content-Length: 0"); break;
    case 226:
      add("ETag: \"v2\"");
      add("IM: vcdiff");
      body = "delta";
      break;
    default:
      if (content_allowed(code)) body = std::string(reason) + "\n";
      break;
  }
  if (content_allowed(code) && code != 205) {
    if (!body.empty()) add("Content-Type: " + type);
    add("Content-Length: " + std::to_string(body.size()));
  }
  if (method) *method = m;
  return "HTTP/1.1 " + std::to_string(code) + " " + reason + "\r\n" + fields + "\r\n" + body;
}

void list_rules(std::ostream& os, bool as_json) {
  if (as_json) {
    json::array a;
    for (auto const& r : rules()) a.push_back(rule_json(r));
    os << json::serialize(a) << '\n';
    return;
  }
  for (auto const& r : rules()) {
    os << r.id << "  " << respolicy::to_string(r.level) << "  "
       << respolicy::to_string(r.default_severity) << "  " << to_string(r.cover) << "  "
       << r.summary << " [" << r.citation << "]\n";
  }
}

void list_statuses(std::ostream& os, bool as_json) {
  if (as_json) {
    json::array a;
    for (auto const& s : statuses()) a.push_back(status_json(s));
    for (auto const& s : seen_statuses()) a.push_back(seen_json(s));
    os << json::serialize(a) << '\n';
    return;
  }
  for (auto const& s : statuses()) {
    os << s.code << "  " << s.reason << "  " << s.spec;
    if (!s.content_allowed()) os << "  (no content)";
    if (s.deprecated()) os << "  (deprecated)";
    if (s.unused()) os << "  (unused)";
    if (s.reserved()) os << "  (reserved)";
    os << '\n';
  }
  os << "\nSeen in practice, not registered (not part of HTTP; --explain CODE says more):\n";
  for (auto const& s : seen_statuses()) {
    os << s.label << "  " << s.name << "  " << s.sender;
    if (!s.on_wire)
      os << (s.sub_status() ? "  (sub-status, never on the wire)" : "  (logged only)");
    if (s.on_wire && s.instead) os << "  (instead: " << s.instead << ')';
    os << '\n';
  }
}

bool explain(std::ostream& os, std::string_view what, bool as_json) {
  // A code seen in practice ("520", "401.1") that the registry lacks: its own entry, and a
  // conforming response with the registered code to send instead.
  if (auto const* seen = find_seen_status(what)) {
    std::string method;
    std::string const example = seen->instead ? example_response(seen->instead, &method) : "";
    if (as_json) {
      json::object o;
      o["status"] = nullptr;
      o["seen"] = seen_json(*seen);
      o["example_method"] = seen->instead ? json::value(method) : json::value(nullptr);
      o["example"] = seen->instead ? json::value(example) : json::value(nullptr);
      os << json::serialize(o) << '\n';
      return true;
    }
    explain_seen(os, *seen);
    if (seen->instead)
      os << "\nA conforming response with " << seen->instead << " instead (to " << method
         << "):\n\n"
         << printable(example) << "\n";
    return true;
  }
  int code = 0;
  auto const [p, ec] = std::from_chars(what.data(), what.data() + what.size(), code);
  bool const is_code = ec == std::errc{} && p == what.data() + what.size();
  rule_info const* rule = is_code ? nullptr : find_rule(what);
  if (is_code && !is_valid_status(code)) return false;
  if (!is_code && !rule) return false;
  int const example_code = is_code ? code : status_of_rule(*rule);
  std::string method;
  std::string const example = example_response(example_code ? example_code : 200, &method);
  if (as_json) {
    json::object o;
    if (rule) {
      o["rule"] = rule_json(*rule);
      o["rule"].as_object()["description"] = rule->description;
      o["rule"].as_object()["repair"] = rule->repair_text;
      o["rule"].as_object()["note"] = rule->note;
    } else {
      o["status"] =
          find_status(code) ? json::value(status_json(*find_status(code))) : json::value(nullptr);
      json::array related;
      for (auto const& r : rules())
        if (rule_concerns(r, code)) related.emplace_back(r.id);
      o["rules"] = std::move(related);
    }
    o["example_method"] = method;
    o["example"] = example;
    os << json::serialize(o) << '\n';
    return true;
  }
  if (rule) {
    os << rule->id << "\n\n  " << rule->summary << "\n\n";
    os << "  level:     " << respolicy::to_string(rule->level) << " (reported as "
       << respolicy::to_string(rule->default_severity) << " by the standard policy)\n";
    os << "  group:     " << to_string(rule->group) << "\n";
    os << "  applies:   " << rule->scope << "\n";
    os << "  citation:  " << rule->citation << "\n";
    os << "  coverage:  " << to_string(rule->cover) << "\n";
    os << "  repair:    " << rule->repair_text << "\n\n";
    os << "  " << rule->description << "\n";
    if (!rule->note.empty()) os << "\n  Note: " << rule->note << "\n";
  } else {
    auto const* s = find_status(code);
    os << code << ' ' << (s ? s->reason : "(not registered)") << "\n\n";
    if (s) {
      os << "  defined by: " << s->spec << "\n";
      os << "  class:      " << to_string(s->cls) << "\n";
      os << "  content:    " << (s->content_allowed() ? "allowed" : "never") << "\n";
      os << "  cacheable:  "
         << (s->heuristically_cacheable() ? "heuristically (RFC 9110 §15.1)" : "only if told")
         << "\n";
      for (auto h : s->historical_reasons) os << "  formerly:   \"" << h << "\"\n";
    } else {
      os << "  Clients treat an unregistered code as " << code / 100 * 100 << " (RFC 9110 §15).\n";
    }
    os << "\n  Rules:\n";
    for (auto const& r : rules())
      if (rule_concerns(r, code))
        os << "    " << r.id << "  " << respolicy::to_string(r.level) << "  " << r.summary << "\n";
  }
  os << "\nA conforming response (to " << method << "):\n\n" << printable(example) << "\n";
  return true;
}

}  // namespace respolicy::lint
