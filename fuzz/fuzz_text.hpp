//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_FUZZ_FUZZ_TEXT_HPP
#define RESPOLICY_FUZZ_FUZZ_TEXT_HPP

/** @file
    The text form of the inputs of fuzz_validate and fuzz_guard, so their seeds can be written by
    hand: sections separated by lines that are exactly "--", lines ending at LF only (a CR stays
    in the line), a start line `STATUS VERSION FLAGS REASON` and field lines `Name: value`
    (split at the first ':', one SP after it dropped; a line starting with SP or HTAB continues
    the previous value after an LF). See fuzz_validate.cpp for the sections.
*/

#include <respolicy/message.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy::fuzz {

/** `STATUS VERSION FLAGS REASON`: the start line of a response section. */
struct start_line {
  int status = 200;
  int version = 11;
  std::optional<std::uint64_t> body_size;  // nothing: the body's size (unless unknown)
  bool size_unknown = false;
  std::string flags;
  std::string_view reason;
};

/** A start line and the field lines after it, owning their text. */
struct message {
  start_line start;
  std::vector<std::string> names, values;
  std::vector<field_view> views;

  std::span<field_view const> fields() {
    views.clear();
    for (std::size_t i = 0; i < names.size(); ++i) views.push_back({names[i], values[i]});
    return views;
  }
};

/** Splits `text` into sections at lines that are exactly "--" (a "--" at the end of the text
    without its LF too). Two such lines in a row make an empty section; the LF before a "--"
    line belongs to neither section. */
inline std::vector<std::string_view> sections(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0, pos = 0;
  for (;;) {
    auto const lf = text.find('\n', pos);
    auto const end = lf == std::string_view::npos ? text.size() : lf;
    if (text.substr(pos, end - pos) == "--") {
      out.push_back(text.substr(start, pos == start ? 0 : pos - 1 - start));
      start = end + 1;
    }
    if (lf == std::string_view::npos) break;
    pos = lf + 1;
  }
  out.push_back(start < text.size() ? text.substr(start) : std::string_view{});
  return out;
}

inline std::string_view next_line(std::string_view& s) {
  auto const lf = s.find('\n');
  auto const line = s.substr(0, lf);
  s.remove_prefix(lf == std::string_view::npos ? s.size() : lf + 1);
  return line;
}

inline std::string_view next_word(std::string_view& s) {
  auto const sp = s.find(' ');
  auto const w = s.substr(0, sp);
  s.remove_prefix(sp == std::string_view::npos ? s.size() : sp + 1);
  return w;
}

// A decimal number with an optional '-', saturated to the range of int; `fallback` when `w` is
// not one.
inline int to_int(std::string_view w, int fallback) {
  if (w.empty()) return fallback;
  bool const negative = w.front() == '-';
  if (negative) w.remove_prefix(1);
  long long v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return fallback;
    if (v < 100000000000LL) v = v * 10 + (c - '0');
  }
  if (v > 2147483647LL) v = 2147483647LL;
  return static_cast<int>(negative ? -v : v);
}

inline start_line read_start(std::string_view line) {
  start_line s;
  s.status = to_int(next_word(line), 200);
  s.version = to_int(next_word(line), 11);
  auto const flags = next_word(line);
  s.flags = std::string(flags);
  std::uint64_t size = 0;
  bool digits = false;
  for (char c : flags) {
    if (c == 'u') s.size_unknown = true;
    if (c >= '0' && c <= '9') {
      digits = true;
      size = size * 10 + static_cast<std::uint64_t>(c - '0');
    }
  }
  if (digits) s.body_size = size;
  s.reason = line;
  return s;
}

inline void read_fields(std::string_view text, message& m) {
  while (!text.empty()) {
    auto const line = next_line(text);
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t') && !m.values.empty()) {
      m.values.back() += '\n';
      m.values.back() += line;
      continue;
    }
    auto const colon = line.find(':');
    m.names.emplace_back(line.substr(0, colon));
    std::string_view value =
        colon == std::string_view::npos ? std::string_view{} : line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    m.values.emplace_back(value);
  }
}

/** A response section: its start line, then its field lines. */
inline message read_response(std::string_view text) {
  message m;
  m.start = read_start(next_line(text));
  read_fields(text, m);
  return m;
}

/** The content size a response section announces: nothing when its flags say unknown, else the
    size it gives or `fallback`. */
inline std::optional<std::uint64_t> content_size(message const& m, std::uint64_t fallback) {
  if (m.start.size_unknown) return std::nullopt;
  return m.start.body_size.value_or(fallback);
}

}  // namespace respolicy::fuzz

#endif
