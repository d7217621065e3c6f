//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_GTEST_FAILURE_OF_HPP
#define RESPOLICY_TESTS_GTEST_FAILURE_OF_HPP

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <string>

namespace respolicy::test {

/** Runs `assertion` with GoogleTest's reporter intercepted; returns the one failure's message, or
    "(passed)" when it did not fail: the text a user of the matchers reads. */
template <class Assertion>
std::string failure_of(Assertion assertion) {
  ::testing::TestPartResultArray results;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &results);
    assertion();
  }
  if (results.size() == 0) return "(passed)";
  return results.GetTestPartResult(0).message();
}

}  // namespace respolicy::test

#endif
