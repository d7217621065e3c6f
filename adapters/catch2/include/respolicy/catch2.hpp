//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_CATCH2_HPP
#define RESPOLICY_CATCH2_HPP

// Catch2 matchers that lint responses in tests: respolicy::catch2::conforms, conforms_to and
// violates, and Catch::StringMaker specializations that print responses as HTTP. They work on
// respolicy::response_view and, when the target links respolicy::beast, on Boost.Beast responses.
// The matchers that probe a handler (probe_conforms, probe_violates) are in
// <respolicy/catch2/probe.hpp>, apart: they need respolicy::beast and Boost.Asio.

#include <respolicy/catch2/matchers.hpp>
#include <respolicy/catch2/string_maker.hpp>

#endif
