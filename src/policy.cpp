//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/config.hpp>
#include <respolicy/policy.hpp>

namespace respolicy {

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
    }
    severities_[i] = s;
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

policy const* policy::profile(std::string_view name) noexcept {
  if (name == "standard") return &standard();
  if (name == "strict") return &strict();
  if (name == "minimal") return &minimal();
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

policy& policy::set(std::string_view id, severity s) noexcept {
  [[maybe_unused]] bool const known = try_set(id, s);
  RESPOLICY_ASSERT(known && "policy::set: no rule has this id");
  return *this;
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
