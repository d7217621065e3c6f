//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_WIRE_READER_HPP
#define RESPOLICY_TOOLS_LINT_WIRE_READER_HPP

// The wire reader is the core's, <respolicy/wire.hpp>. This header only brings its names into
// respolicy::lint, and is kept until the linter's sources, tests and fuzz target include
// <respolicy/wire.hpp> directly.

#include <respolicy/wire.hpp>

namespace respolicy::lint {

namespace tool_rule = respolicy::wire_rule;
using respolicy::message_kind;
using respolicy::read_requests;
using respolicy::to_request;
using respolicy::wire_finding;
using respolicy::wire_message;
using respolicy::wire_options;
using respolicy::wire_reader;
using respolicy::wire_request;

}  // namespace respolicy::lint

#endif
