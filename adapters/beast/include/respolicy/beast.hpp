//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_HPP
#define RESPOLICY_BEAST_HPP

// The Boost.Beast adapter: views over Beast messages, check, repair, guard, debug assertions,
// probe clients (in-process and TCP; TLS needs OpenSSL: <respolicy/beast/probe_tls.hpp>).
#include <respolicy/beast/assert.hpp>
#include <respolicy/beast/check.hpp>
#include <respolicy/beast/checked_stream.hpp>
#include <respolicy/beast/guard.hpp>
#include <respolicy/beast/probe.hpp>
#include <respolicy/beast/repair.hpp>
#include <respolicy/beast/traits.hpp>
#include <respolicy/beast/view.hpp>
#include <respolicy/beast/violation_error.hpp>

// Builders.
#include <respolicy/beast/respond.hpp>

#endif
