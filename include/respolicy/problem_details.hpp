//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_PROBLEM_DETAILS_HPP
#define RESPOLICY_PROBLEM_DETAILS_HPP

/** @file
    The text of an RFC 9457 problem document, as the builders and the guard's 500 write it. */

#include <respolicy/export.hpp>

#include <string>
#include <string_view>

namespace respolicy {

/** The members of an RFC 9457 problem details object (`application/problem+json`); an empty
    member is left out. */
struct problem_details {
  std::string type;      ///< a URI reference; absent means "about:blank" (RFC 9457 §3.1.1)
  std::string title;     ///< a short summary of the problem type (RFC 9457 §3.1.3)
  std::string detail;    ///< this occurrence, to help the client fix it (RFC 9457 §3.1.4)
  std::string instance;  ///< a URI reference for this occurrence (RFC 9457 §3.1.5)
};

/** The JSON document of `p` for a response of status `code`: the members given, `status`, and,
    when the type is about:blank and no title is given, the status code's phrase as the title
    (RFC 9457 §4.2.1).

    @par Example
    @code
    respolicy::problem_details p;
    p.detail = "the cart is empty";
    auto json = respolicy::to_json(409, p);
    // {"title":"Conflict","status":409,"detail":"the cart is empty"}
    @endcode
*/
[[nodiscard]] RESPOLICY_DECL std::string to_json(int code, problem_details const& p);

/** Appends `s` as a JSON string (RFC 8259 §7): quotation mark, reverse solidus and the control
    characters U+0000 to U+001F are escaped; well-formed UTF-8 passes through, and each byte that
    does not begin a well-formed sequence becomes U+FFFD, since JSON text is UTF-8 (RFC 8259
    §8.1). */
RESPOLICY_DECL void append_json_string(std::string& out, std::string_view s);

}  // namespace respolicy

#endif
