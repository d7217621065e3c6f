//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_RESPOLICY_HPP
#define RESPOLICY_RESPOLICY_HPP

// The core of respolicy: what HTTP requires of every response, and a validator that checks it.

#include <respolicy/config.hpp>
#include <respolicy/exchange.hpp>
#include <respolicy/guard.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/message.hpp>
#include <respolicy/message_traits.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/probe.hpp>
#include <respolicy/problem_details.hpp>
#include <respolicy/repair.hpp>
#include <respolicy/report.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/severity.hpp>
#include <respolicy/status.hpp>
#include <respolicy/validate.hpp>
#include <respolicy/version.hpp>
#include <respolicy/violation_error.hpp>
#include <respolicy/wire.hpp>

#endif
