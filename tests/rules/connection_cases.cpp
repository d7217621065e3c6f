//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr rule_case cases[] = {
    {"no-content-204", near_miss, "204"},
};

}  // namespace

std::span<rule_case const> connection_cases() { return cases; }

}  // namespace respolicy::test
