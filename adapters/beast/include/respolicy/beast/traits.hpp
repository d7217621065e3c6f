//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_TRAITS_HPP
#define RESPOLICY_BEAST_TRAITS_HPP

// Beast's messages as the core's generic code sees them (<respolicy/message_traits.hpp>):
// responses of any Body and response headers through message_view, requests and request headers
// through request_view. The test matchers accept Beast messages through these.

#include <respolicy/beast/view.hpp>
#include <respolicy/message_traits.hpp>

#include <boost/beast/http/message.hpp>

namespace respolicy {

/** A Beast response: the content size comes from its Body type. */
template <class Body, class Fields>
struct response_traits<boost::beast::http::message<false, Body, Fields>> {
  template <class F>
  static decltype(auto) with_view(boost::beast::http::message<false, Body, Fields> const& res,
                                  request_context const*, F&& f) {
    beast::message_view const v{res};
    return f(v.view());
  }
};

/** A Beast response header: the content size is what it announces (`beast::announced_size`). */
template <class Fields>
struct response_traits<boost::beast::http::header<false, Fields>> {
  template <class F>
  static decltype(auto) with_view(boost::beast::http::header<false, Fields> const& res,
                                  request_context const* req, F&& f) {
    bool const head = req != nullptr && req->method == "HEAD";
    beast::message_view const v{res, beast::announced_size(res, head)};
    return f(v.view());
  }
};

/** A Beast request header. */
template <class Fields>
struct request_traits<boost::beast::http::header<true, Fields>> {
  template <class F>
  static decltype(auto) with_context(boost::beast::http::header<true, Fields> const& req, F&& f) {
    beast::request_view const r{req};
    return f(r.context());
  }
};

/** A Beast request: its header is what the rules read. */
template <class Body, class Fields>
struct request_traits<boost::beast::http::message<true, Body, Fields>>
    : request_traits<boost::beast::http::header<true, Fields>> {};

}  // namespace respolicy

#endif
