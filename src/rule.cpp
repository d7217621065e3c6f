//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/rule.hpp>

#include <algorithm>

namespace respolicy {

namespace {

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours, each counting one. `limit` stops the work early: any distance above it is reported
// as limit + 1.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t const cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], before[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    before.swap(prev);
    prev.swap(cur);
  }
  return std::min(prev[b.size()], limit + 1);
}

}  // namespace

std::vector<std::string_view> similar_rule_ids(std::string_view id,
                                               std::span<std::string_view const> more,
                                               std::size_t max) {
  std::string const want = to_lower(id);
  // One mistake per 4 bytes of the id, at least 1 and at most 3.
  std::size_t const limit = std::clamp<std::size_t>(want.size() / 4, 1, 3);
  struct candidate {
    std::string_view id;
    int rank;          // 0 prefix, 1 contains, 2 typing mistakes
    std::size_t cost;  // within a rank: the length difference or the distance
    std::size_t order;
  };
  std::vector<candidate> found;
  std::size_t order = 0;
  auto consider = [&](std::string_view cand) {
    ++order;
    if (want.empty()) return;
    if (cand == id) return;
    std::string const c = to_lower(cand);
    auto const diff = c.size() > want.size() ? c.size() - want.size() : want.size() - c.size();
    bool const long_enough = want.size() >= 3 && c.size() >= 3;
    if (long_enough && (c.starts_with(want) || want.starts_with(c))) {
      found.push_back({cand, 0, diff, order});
    } else if (want.size() >= 5 && c.find(want) != std::string::npos) {
      found.push_back({cand, 1, diff, order});
    } else if (auto const d = edit_distance(want, c, limit); d <= limit) {
      found.push_back({cand, 2, d, order});
    }
  };
  for (auto const& r : rules()) consider(r.id);
  for (auto const m : more) consider(m);
  std::sort(found.begin(), found.end(), [](candidate const& a, candidate const& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    if (a.cost != b.cost) return a.cost < b.cost;
    return a.order < b.order;
  });
  // Of the ids a few typing mistakes away, only those with the fewest.
  std::vector<std::string_view> out;
  std::size_t fewest = limit + 1;
  for (auto const& f : found) {
    if (out.size() == max) break;
    if (f.rank == 2) {
      if (fewest > limit) fewest = f.cost;
      if (f.cost > fewest) break;
    }
    out.push_back(f.id);
  }
  return out;
}

std::string unknown_rule_message(std::string_view id, std::span<std::string_view const> more) {
  std::string out = "no rule has the id \"";
  out += id;
  out += '"';
  auto const close = similar_rule_ids(id, more);
  if (close.empty()) {
    out += " (docs/rules.md lists every rule)";
    return out;
  }
  out += "; did you mean ";
  for (std::size_t i = 0; i < close.size(); ++i) {
    if (i > 0) out += i + 1 == close.size() ? " or " : ", ";
    out += '"';
    out += close[i];
    out += '"';
  }
  out += '?';
  return out;
}

std::string_view to_string(rule_group g) noexcept {
  switch (g) {
    case rule_group::framing: return "Framing and body";
    case rule_group::status_line: return "Status line and status code";
    case rule_group::field_syntax: return "Field names and field values";
    case rule_group::per_status: return "Per-status required and forbidden fields and content";
    case rule_group::field_specific: return "Field-specific syntax";
    case rule_group::caching: return "Dates, validators and caching";
    case rule_group::request: return "Request-dependent rules";
    case rule_group::connection: return "Connection management and response sequencing";
    case rule_group::problem: return "Problem details (RFC 9457)";
    case rule_group::protocol: return "HTTP/2 and HTTP/3";
  }
  return "?";
}

}  // namespace respolicy
