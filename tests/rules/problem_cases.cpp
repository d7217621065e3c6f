//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.9: problem details (RFC 9457).

#include "rule_case.hpp"

namespace respolicy::test {

std::span<rule_case const> problem_cases() { return {}; }

}  // namespace respolicy::test
