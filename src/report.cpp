//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/report.hpp>

#include <ostream>

namespace respolicy {

std::ostream& operator<<(std::ostream& os, severity s) { return os << to_string(s); }

diagnostic const* report::find(std::string_view rule) const noexcept {
  for (auto const& d : items_)
    if (d.rule == rule) return &d;
  return nullptr;
}

std::size_t report::count(severity s) const noexcept {
  std::size_t n = 0;
  for (auto const& d : items_) n += d.severity == s;
  return n;
}

severity report::worst() const noexcept {
  severity w = severity::off;
  for (auto const& d : items_) w = std::max(w, d.severity);
  return w;
}

namespace {

void append(std::string& out, diagnostic const& d) {
  out += to_string(d.severity);
  out += ' ';
  out += d.rule;
  out += ": ";
  out += d.message;
  if (!d.field.empty() || !d.detail.empty()) {
    out += " (";
    if (!d.field.empty()) {
      out += d.field.view();
      if (!d.detail.empty()) out += ": ";
    }
    out += d.detail.view();
    out += ')';
  }
  if (d.repaired) out += " [repaired]";
  if (!d.citation.empty()) {
    out += " [";
    out += d.citation;
    out += ']';
  }
}

}  // namespace

std::string report::to_string() const {
  std::string out;
  for (auto const& d : items_) {
    append(out, d);
    out += '\n';
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, diagnostic const& d) {
  std::string s;
  append(s, d);
  return os << s;
}

std::ostream& operator<<(std::ostream& os, report const& r) { return os << r.to_string(); }

}  // namespace respolicy
