//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.10: what HTTP/2 (RFC 9113) and HTTP/3 (RFC 9114) require of a response beyond
// the semantics of RFC 9110. These checks read the response as it was listed, pseudo-header
// fields included (a HAR file lists them as fields); validate() hides the pseudo-header fields
// from the other checks, for which they are not fields.

#include "detail/checker.hpp"

#include <charconv>

namespace respolicy::detail {
namespace {

constexpr bool is_pseudo(std::string_view name) noexcept {
  return !name.empty() && name.front() == ':';
}

// The findings name the protocol.
char const* protocol_name(checker const& c) noexcept {
  return c.res.version == 30 ? "HTTP/3" : "HTTP/2";
}

void check_no_connection_specific_fields(checker& c) {
  // RFC 9113 §8.2.2, RFC 9114 §4.2: Connection and the fields of connection-specific semantics
  // RFC 9110 §7.6.1 lists. TE, the one exception, is a request field.
  for (std::size_t i = 0; i < c.res.fields.size(); ++i) {
    auto const name = c.res.fields[i].name;
    if (iequals(name, "connection") || iequals(name, "keep-alive") ||
        iequals(name, "proxy-connection") || iequals(name, "transfer-encoding") ||
        iequals(name, "upgrade")) {
      c.line = static_cast<std::uint32_t>(i);
      c.emitf("no-connection-specific-fields", name, "a connection-specific field in %s",
              protocol_name(c));
    }
  }
  c.line = diagnostic::no_line;
}

void check_field_name_lowercase(checker& c) {
  // RFC 9113 §8.2, RFC 9114 §4.2: field names are lowercase on the wire.
  auto const check = [&](std::span<field_view const> lines, std::size_t first) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      auto const name = lines[i].name;
      for (char ch : name)
        if (ch >= 'A' && ch <= 'Z') {
          c.line = static_cast<std::uint32_t>(first + i);
          c.emitf("field-name-lowercase", name, "an uppercase letter in an %s field name",
                  protocol_name(c));
          break;
        }
    }
  };
  check(c.res.fields, 0);
  check(c.res.trailers, c.res.fields.size());
  c.line = diagnostic::no_line;
}

void check_101_not_in_h2_h3(checker& c) {
  // RFC 9113 §8.6, RFC 9114 §4.5.
  if (c.status() == 101)
    c.emit("101-not-in-h2-h3", {}, c.res.version == 30 ? "HTTP/3 has no 101" : "HTTP/2 has no 101");
}

void check_pseudo_header_fields(checker& c) {
  // RFC 9113 §8.3, §8.3.2; RFC 9114 §4.3, §4.3.2.
  bool regular_seen = false, status_seen = false;
  for (std::size_t i = 0; i < c.res.fields.size(); ++i) {
    auto const& f = c.res.fields[i];
    if (!is_pseudo(f.name)) {
      regular_seen = true;
      continue;
    }
    c.line = static_cast<std::uint32_t>(i);
    if (regular_seen)
      c.emitf("pseudo-header-before-fields", f.name, "after a regular field line, in %s",
              protocol_name(c));
    if (f.name != ":status") {
      c.emitf("pseudo-header-status-only", f.name, "not a response pseudo-header field of %s",
              protocol_name(c));
      continue;
    }
    if (status_seen) {
      c.emitf("pseudo-header-status-only", f.name, "a second :status, in %s", protocol_name(c));
      continue;
    }
    status_seen = true;
    int code = 0;
    auto const [end, ec] = std::from_chars(f.value.data(), f.value.data() + f.value.size(), code);
    if (ec != std::errc{} || end != f.value.data() + f.value.size() || f.value.size() != 3 ||
        code != c.status())
      c.emitf("pseudo-header-status-only", f.name, ":status is not the status code %d", c.status());
  }
  for (std::size_t i = 0; i < c.res.trailers.size(); ++i)
    if (is_pseudo(c.res.trailers[i].name)) {
      c.line = static_cast<std::uint32_t>(c.res.fields.size() + i);
      c.emitf("pseudo-header-not-in-trailers", c.res.trailers[i].name,
              "in the trailer section, in %s", protocol_name(c));
    }
  c.line = diagnostic::no_line;
}

}  // namespace

void check_protocol(checker& c) {
  if (!has(protocol_set::http2_http3, protocol_of(c.res.version))) return;
  check_no_connection_specific_fields(c);
  check_field_name_lowercase(c);
  check_101_not_in_h2_h3(c);
  check_pseudo_header_fields(c);
}

}  // namespace respolicy::detail
