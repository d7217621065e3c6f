//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_CATCH2_STRING_MAKER_HPP
#define RESPOLICY_CATCH2_STRING_MAKER_HPP

#include <respolicy/detail/matchers.hpp>

#if !defined(CATCH_VERSION_MAJOR)
#if __has_include(<catch2/catch_version_macros.hpp>)
#include <catch2/catch_version_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif
#endif

#if CATCH_VERSION_MAJOR >= 3
#include <catch2/catch_tostring.hpp>
#endif

#include <string>
#include <type_traits>

// How Catch2 prints responses in failed assertions: the status line, the fields (control bytes
// escaped) and the content size, as in
//
//   HTTP/1.1 204 No Content
//   Content-Length: 3
//   [3 bytes of content: "abc"]

namespace Catch {

/** Catch2 prints any viewable response (a respolicy::response_view, a Beast response or header,
    or a type respolicy::response_traits is specialized for) as its status line and field
    lines. */
template <class Response>
requires respolicy::viewable_response<Response>
struct StringMaker<Response> {
  /** The status line and field lines of `res`. */
  static std::string convert(Response const& res) { return respolicy::detail::response_text(res); }
};

#if RESPOLICY_MATCHERS_BEAST
// A Beast message is a range of fields, which Catch would print element by element; telling Catch
// it is not a range (a documented customization point) leaves the specialization above the only
// one.
template <class Body, class Fields>
struct is_range<boost::beast::http::message<false, Body, Fields>> : std::false_type {};

template <class Fields>
struct is_range<boost::beast::http::header<false, Fields>> : std::false_type {};
#endif

}  // namespace Catch

#endif
