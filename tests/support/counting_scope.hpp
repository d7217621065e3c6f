//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_SUPPORT_COUNTING_SCOPE_HPP
#define RESPOLICY_TESTS_SUPPORT_COUNTING_SCOPE_HPP

// Counting heap allocations in respolicy_tests: tests/unit/allocation.cpp replaces the global
// operator new of the executable with one that counts while a counting_scope is open.

#include <cstddef>

namespace respolicy::test {

/** Counts the allocations made while it lives. One at a time. */
class counting_scope {
 public:
  counting_scope() noexcept;
  ~counting_scope();
  counting_scope(counting_scope const&) = delete;
  counting_scope& operator=(counting_scope const&) = delete;

  std::size_t count() const noexcept;
};

}  // namespace respolicy::test

#endif
