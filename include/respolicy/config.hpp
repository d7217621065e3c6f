//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_CONFIG_HPP
#define RESPOLICY_CONFIG_HPP

#include <respolicy/export.hpp>

#include <cstdio>
#include <cstdlib>

/** Checks a precondition in builds without `NDEBUG`; a broken one prints where and aborts. */
#ifdef NDEBUG
#define RESPOLICY_ASSERT(expr) ((void)0)
#else
#define RESPOLICY_ASSERT(expr)                                                            \
  ((expr) ? (void)0                                                                       \
          : (std::fprintf(stderr, "%s:%d: respolicy precondition failed: %s\n", __FILE__, \
                          __LINE__, #expr),                                               \
             std::abort()))
#endif

#endif
