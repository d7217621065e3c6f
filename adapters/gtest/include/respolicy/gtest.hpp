//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GTEST_HPP
#define RESPOLICY_GTEST_HPP

// GoogleMock matchers that lint responses in tests: respolicy::gtest::conforms, conforms_to and
// violates, and PrintTo overloads that print responses as HTTP. They work on
// respolicy::response_view and, when the target links respolicy::beast, on Boost.Beast responses.
// The matchers that probe a handler (probe_conforms, probe_violates) are in
// <respolicy/gtest/probe.hpp>, apart: they need respolicy::beast and Boost.Asio.

#include <respolicy/gtest/matchers.hpp>
#include <respolicy/gtest/printers.hpp>

#endif
