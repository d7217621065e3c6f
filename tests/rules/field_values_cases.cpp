//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.5: field-value syntax and scope.

#include "rule_case.hpp"

namespace respolicy::test {

std::span<rule_case const> field_values_cases() { return {}; }

}  // namespace respolicy::test
