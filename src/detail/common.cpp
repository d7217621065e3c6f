//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "detail/checker.hpp"

namespace respolicy::detail {

method_id lookup_method(std::string_view m) noexcept {
  if (m.empty()) return method_id::unknown;
  if (m == "GET") return method_id::get;
  if (m == "HEAD") return method_id::head;
  if (m == "POST") return method_id::post;
  if (m == "PUT") return method_id::put;
  if (m == "DELETE") return method_id::delete_;
  if (m == "CONNECT") return method_id::connect;
  if (m == "OPTIONS") return method_id::options;
  if (m == "TRACE") return method_id::trace;
  if (m == "PATCH") return method_id::patch;
  return method_id::other;
}

std::uint32_t count_lines(std::span<field_view const> fields, field_id id) noexcept {
  std::uint32_t n = 0;
  for (auto const& f : fields) n += lookup_field(f.name) == id;
  return n;
}

std::optional<std::uint64_t> parse_decimal(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  std::uint64_t v = 0;
  // Up to 19 digits cannot overflow 64 bits; only longer input pays for the check.
  if (s.size() <= 19) {
    for (char c : s) {
      auto const d = static_cast<unsigned>(c - '0');
      if (d > 9) return std::nullopt;
      v = v * 10 + d;
    }
    return v;
  }
  for (char c : s) {
    auto const d = static_cast<unsigned>(c - '0');
    if (d > 9 || v > (UINT64_MAX - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return v;
}

}  // namespace respolicy::detail

namespace respolicy::detail {

std::optional<byte_content_range> parse_content_range(std::string_view v) noexcept {
  // Content-Range = range-unit SP ( range-resp / unsatisfied-range )   RFC 9110 §14.4
  if (!istarts_with(v, "bytes ")) return std::nullopt;
  v.remove_prefix(6);
  auto const slash = v.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto const range = v.substr(0, slash);
  auto const complete = v.substr(slash + 1);
  byte_content_range r;
  if (complete != "*") {
    r.complete = parse_decimal(complete);
    if (!r.complete) return std::nullopt;
  }
  if (range == "*") {
    if (!r.complete) return std::nullopt;  // "*/*" is not in the grammar
    return r;
  }
  auto const dash = range.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto const first = parse_decimal(range.substr(0, dash));
  auto const last = parse_decimal(range.substr(dash + 1));
  if (!first || !last || *last < *first) return std::nullopt;
  if (r.complete && *r.complete <= *last) return std::nullopt;
  r.satisfied = true;
  r.first = *first;
  r.last = *last;
  return r;
}

}  // namespace respolicy::detail
