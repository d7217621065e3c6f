//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.2: status line and status code (RFC 9110 §15, RFC 9112 §4).

#include "detail/checker.hpp"

#include <respolicy/status.hpp>

namespace respolicy::detail {
namespace {

void check_status_code_three_digits(checker& c) {
  if (c.status() < 100 || c.status() > 999)
    c.emitf("status-code-three-digits", {}, "status %d", c.status());
}

void check_status_code_range(checker& c) {
  if (!is_valid_status(c.status())) c.emitf("status-code-range", {}, "status %d", c.status());
}

void check_status_code_registered(checker& c, status_info const* info) {
  if (!is_valid_status(c.status()) || info) return;
  // A code people meet in practice says what it is, who sends it and what to send instead
  // (status.hpp's seen-in-practice table, which is not the registry).
  auto const* seen = find_seen_status(c.status());
  if (!seen)
    return c.emitf("status-code-registered", {}, "%d is not registered; clients treat it as %d",
                   c.status(), c.status() / 100 * 100);
  auto const* instead = find_status(seen->instead);
  auto const name = static_cast<int>(seen->name.size());
  auto const sender = static_cast<int>(seen->sender.size());
  if (instead)
    c.emitf("status-code-registered", {}, "%d is not registered: %.*s's \"%.*s\"; send %d %.*s",
            c.status(), sender, seen->sender.data(), name, seen->name.data(), instead->code,
            static_cast<int>(instead->reason.size()), instead->reason.data());
  else
    c.emitf("status-code-registered", {}, "%d is not registered: %.*s's \"%.*s\", never sent",
            c.status(), sender, seen->sender.data(), name, seen->name.data());
}

void check_status_code_deprecated_or_reserved(checker& c, status_info const* s) {
  if (!s) return;
  char const* why = s->obsoleted()    ? "obsoleted"
                    : s->deprecated() ? "deprecated"
                    : s->unused()     ? "reserved, unused"
                    : s->reserved()   ? "reserved for future use"
                                      : nullptr;
  if (why) c.emitf("status-code-deprecated-or-reserved", {}, "%d is %s", c.status(), why);
}

void check_reason_phrase(checker& c, status_info const* s) {
  auto const reason = c.res.reason;
  // Most responses send the registered phrase, which is visible ASCII and SP: nothing to report.
  if (s && reason == s->reason) return;
  // RFC 9112 §4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ).
  bool bad = false, high = false;
  for (std::size_t i = 0; i < reason.size(); ++i) {
    auto const ch = static_cast<unsigned char>(reason[i]);
    if ((ch < 0x20 && ch != '\t') || ch == 0x7f) {
      if (!bad) c.emitf("reason-phrase-charset", {}, "byte 0x%02X at offset %zu", ch, i);
      bad = true;
    } else if (ch >= 0x80) {
      high = true;
    }
  }
  if (high) c.emit("reason-phrase-ascii", {}, "octets above 0x7F");
  if (bad || reason.empty()) return;
  // RFC 9110 §15.1: phrases are recommendations; a different one is worth a note, never an error.
  if (s) {
    small_text<120> d;
    d.append(s->is_historical_reason(reason) ? "historical phrase; registered: \""
                                             : "registered: \"");
    d.append(s->reason);
    d.append("\"");
    c.emit("reason-phrase-registered", {}, d);
  }
}

void check_http_version_syntax(checker& c) {
  // RFC 9112 §2.3: HTTP-version = "HTTP" "/" DIGIT "." DIGIT.
  if (c.res.version < 0 || c.res.version > 99)
    c.emitf("http-version-syntax", {}, "version %d is not DIGIT.DIGIT", c.res.version);
}

void check_response_version(checker& c) {
  // RFC 9110 §6.2, RFC 9112 §2.3: an HTTP/1.x message carries version 1.0 or 1.1; answer with the
  // highest version conformed to whose major is at most the request's.
  int const v = c.res.version;
  if (v < 0 || v > 99) return;  // http-version-syntax
  if (v != 10 && v != 11)
    return c.emitf("response-version", {}, "HTTP/%d.%d in an HTTP/1.x message", v / 10, v % 10);
  if (c.req && c.req->version >= 11 && v == 10)
    c.emit_should("response-version", {}, "HTTP/1.0 answer to an HTTP/1.1 request");
}

}  // namespace

void check_status_line(checker& c) {
  check_status_code_three_digits(c);
  check_status_code_range(c);
  auto const* info = find_status(c.status());
  check_status_code_registered(c, info);
  check_status_code_deprecated_or_reserved(c, info);
  check_reason_phrase(c, info);
  check_http_version_syntax(c);
  check_response_version(c);
}

}  // namespace respolicy::detail
