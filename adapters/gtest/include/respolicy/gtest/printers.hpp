//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GTEST_PRINTERS_HPP
#define RESPOLICY_GTEST_PRINTERS_HPP

// How GoogleTest prints responses in failed assertions: the status line, the fields (control
// bytes escaped) and the content size. GoogleTest finds a PrintTo overload by argument-dependent
// lookup, so each is declared in the namespace of the type it prints.

#include <respolicy/detail/matchers.hpp>

#include <ostream>

namespace respolicy {

/** Prints `res` as HTTP for GoogleTest: "HTTP/1.1 204 No Content", one line per field, and a
    line with the content size. */
inline void PrintTo(response_view const& res, std::ostream* os) {
  *os << detail::response_text(res);
}

}  // namespace respolicy

#if RESPOLICY_MATCHERS_BEAST
namespace boost::beast::http {

// A Beast message is a container of fields, which GoogleTest would print as a list of raw bytes;
// these overloads are more specialized than GoogleTest's generic PrintTo.

template <class Body, class Fields>
void PrintTo(message<false, Body, Fields> const& res, std::ostream* os) {
  *os << respolicy::detail::response_text(res);
}

template <class Fields>
void PrintTo(header<false, Fields> const& res, std::ostream* os) {
  *os << respolicy::detail::response_text(res);
}

}  // namespace boost::beast::http
#endif

#endif
