//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_DETAIL_MATCHERS_HPP
#define RESPOLICY_DETAIL_MATCHERS_HPP

// The shared part of the test matchers, with Boost.Beast support when the Beast adapter and Boost
// are on the include path (the build tree puts the adapter there for targets that link
// respolicy::beast; an installed tree holds every adapter under one include root). Beast's headers
// double the cost of compiling a test file; define RESPOLICY_MATCHERS_NO_BEAST to leave them out
// when only respolicy::response_view is checked.

#include <respolicy/detail/matcher_text.hpp>

#if !defined(RESPOLICY_MATCHERS_NO_BEAST) && __has_include(<respolicy/beast/traits.hpp>) && \
    __has_include(<boost/beast/http/message.hpp>)
#include <respolicy/detail/matcher_beast.hpp>
/** 1 when the matchers accept Boost.Beast responses and requests, 0 otherwise. */
#define RESPOLICY_MATCHERS_BEAST 1
#else
#define RESPOLICY_MATCHERS_BEAST 0
#endif

#endif
