//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_VIOLATION_ERROR_HPP
#define RESPOLICY_BEAST_VIOLATION_ERROR_HPP

// respolicy::violation_error holds no Beast code: it lives in the core. This header stays for
// code that includes it by its first path.
#include <respolicy/violation_error.hpp>

#endif
