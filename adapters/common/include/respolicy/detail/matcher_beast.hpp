//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_DETAIL_MATCHER_BEAST_HPP
#define RESPOLICY_DETAIL_MATCHER_BEAST_HPP

// The matchers' support for Boost.Beast messages: the Beast adapter's specializations of
// respolicy::response_traits and respolicy::request_traits, which the matchers use as they would
// any other library's.

#include <respolicy/beast/traits.hpp>
#include <respolicy/detail/matcher_text.hpp>

#endif
