//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_CHECK_HPP
#define RESPOLICY_BEAST_CHECK_HPP

#include <respolicy/beast/view.hpp>
#include <respolicy/validate.hpp>

namespace respolicy::beast {

/** Checks a Beast response against the policy's rules, without copying it.

    The content size comes from the Body type (see `content_size`); rules that need the request
    are skipped. Never throws anything but `std::bad_alloc`.

    @par Example
    @code
    http::response<http::string_body> res{http::status::no_content, 11, "oops"};
    auto rep = respolicy::beast::check(res);  // no-content-204
    @endcode

    @par Specification
    RFC 9110, RFC 9111, RFC 9112 and the extension RFCs, as catalogued in docs/rules.md.
*/
template <class Body, class Fields>
[[nodiscard]] report check(http::message<false, Body, Fields> const& res,
                           policy const& pol = policy::standard()) {
  message_view const v{res};
  return validate(v.view(), nullptr, pol);
}

/** As above, with the request the response answers (a request or a request header), so the
    request-dependent rules run too (HEAD, CONNECT, ranges, conditionals, versions, ...). */
template <class Body, class Fields, class RequestFields>
[[nodiscard]] report check(http::message<false, Body, Fields> const& res,
                           http::request_header<RequestFields> const& req,
                           policy const& pol = policy::standard()) {
  message_view const v{res};
  request_view const r{req};
  return validate(v.view(), &r.context(), pol);
}

/** Checks a response header alone: the content size is what the header announces
    (`announced_size`), so a header can be judged before its body is produced. */
template <class Fields>
[[nodiscard]] report check(http::response_header<Fields> const& res,
                           policy const& pol = policy::standard()) {
  message_view const v{res, announced_size(res)};
  return validate(v.view(), nullptr, pol);
}

/** As above, with the request the header answers. */
template <class Fields, class RequestFields>
[[nodiscard]] report check(http::response_header<Fields> const& res,
                           http::request_header<RequestFields> const& req,
                           policy const& pol = policy::standard()) {
  message_view const v{res, announced_size(res, req.method() == http::verb::head)};
  request_view const r{req};
  return validate(v.view(), &r.context(), pol);
}

}  // namespace respolicy::beast

#endif
