//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/config.hpp>
#include <respolicy/policy.hpp>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace respolicy {
namespace {

// Indexes made in constant expressions of their own: clang 14 crashes generating code for a
// consteval rule_index made inside a statement.
constexpr rule_index date_required{"date-required"};
constexpr rule_index date_no_clock{"date-no-clock"};

}  // namespace

policy::policy() noexcept : policy(profile_kind::standard) {}

policy::policy(profile_kind k) noexcept {
  for (std::size_t i = 0; i < rule_count; ++i) {
    auto const& r = rules()[i];
    auto s = r.default_severity;
    switch (k) {
      case profile_kind::standard: break;
      case profile_kind::strict:
        // SHOULD and SHOULD NOT become errors; so do the rules whose default was raised to warning.
        if (s == severity::warning) s = severity::error;
        break;
      case profile_kind::minimal:
        if (!r.in_minimal()) s = severity::off;
        break;
      case profile_kind::unit_test: break;
    }
    severities_[i] = s;
  }
  if (k == profile_kind::unit_test) {
    // A handler under test leaves Date to the server around it: neither a missing Date nor a
    // present one says anything about the handler (RFC 9110 §6.6.1).
    severities_[date_required.value] = severity::off;
    severities_[date_no_clock.value] = severity::off;
  }
  should_severity_ = k == profile_kind::strict ? severity::error : severity::warning;
}

policy const& policy::standard() noexcept {
  static policy const p(profile_kind::standard);
  return p;
}

policy const& policy::strict() noexcept {
  static policy const p(profile_kind::strict);
  return p;
}

policy const& policy::minimal() noexcept {
  static policy const p(profile_kind::minimal);
  return p;
}

policy const& policy::unit_test() noexcept {
  static policy const p(profile_kind::unit_test);
  return p;
}

policy const* policy::profile(std::string_view name) noexcept {
  if (name == "standard") return &standard();
  if (name == "strict") return &strict();
  if (name == "minimal") return &minimal();
  if (name == "unit-test") return &unit_test();
  return nullptr;
}

bool policy::try_set(std::string_view id, severity s) noexcept {
  if (int const i = rule_position(id); i >= 0) {
    severities_[static_cast<std::size_t>(i)] = s;
    return true;
  }
  for (auto& h : house_)
    if (h.id == id) {
      h.severity = s;
      return true;
    }
  return false;
}

policy& policy::set(std::string_view id, severity s) {
  if (try_set(id, s)) return *this;
  // A mistyped id would leave the rule as it was without a word: refused in every build.
  std::vector<std::string_view> house_ids;
  for (auto const& h : house_) house_ids.push_back(h.id);
  std::string const message = "respolicy::policy::set: " + unknown_rule_message(id, house_ids);
#if defined(__cpp_exceptions)
  throw std::invalid_argument(message);
#else
  std::fprintf(stderr, "%s\n", message.c_str());
  std::abort();
#endif
}

severity policy::severity_of(std::string_view id) const noexcept {
  if (int const i = rule_position(id); i >= 0) return severities_[static_cast<std::size_t>(i)];
  for (auto const& h : house_)
    if (h.id == id) return h.severity;
  return severity::off;
}

policy& policy::add_rule(house_rule r) {
  RESPOLICY_ASSERT(!r.id.empty() && "a house rule needs an id");
  RESPOLICY_ASSERT(rule_position(r.id) < 0 && "a house rule cannot reuse a catalog id");
  for ([[maybe_unused]] auto const& h : house_)
    RESPOLICY_ASSERT(h.id != r.id && "two house rules share an id");
  house_.push_back(std::move(r));
  return *this;
}

}  // namespace respolicy
