//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_CATCH2_DOC_HANDLER_HPP
#define RESPOLICY_TESTS_CATCH2_DOC_HANDLER_HPP

// The handler the probe matchers' tests probe, in the Catch2 and the GoogleTest tests: one
// document, /doc, served as a small origin server serves it.

#include <boost/beast/http.hpp>

#include <string_view>

namespace respolicy::test {

namespace http = boost::beast::http;

/** GET and HEAD /doc: a text with a strong ETag. A failed If-Match is answered 412 (RFC 9110
    §13.1.1) and a matching If-None-Match 304 (§13.1.2), in the order of §13.2.2, the 304 with
    the ETag the 200 would have sent (§15.4.5) unless `drop_etag_304`. Range is ignored: a 200
    answers it (§14.2). OPTIONS is answered with Allow (§9.3.7), another method 405 with Allow
    (§15.5.6), and a method Beast does not know 501 (§15.6.2). */
struct doc_handler {
  bool drop_etag_304 = false;

  http::response<http::string_body> operator()(http::request<http::string_body> const& req) const {
    constexpr std::string_view etag = "\"v1\"";
    http::response<http::string_body> res{http::status::ok, req.version()};
    res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
    res.keep_alive(req.keep_alive());  // RFC 9112 §9.6: close answered with close
    auto const text = [&](http::status status, std::string_view body) {
      res.result(status);
      res.set(http::field::content_type, "text/plain; charset=utf-8");
      res.body() = body;
      res.prepare_payload();
      return res;
    };
    auto const matches = [&](http::field f) {
      auto const v = req[f];
      return v == "*" || std::string_view(v.data(), v.size()).find(etag) != std::string_view::npos;
    };
    bool const read = req.method() == http::verb::get || req.method() == http::verb::head;
    if (req.method() == http::verb::unknown) return text(http::status::not_implemented, "?\n");
    if (req.method() == http::verb::options) {
      res.set(http::field::allow, "GET, HEAD, OPTIONS");
      res.prepare_payload();
      return res;
    }
    if (!read) {
      res.set(http::field::allow, "GET, HEAD, OPTIONS");
      return text(http::status::method_not_allowed, "GET, HEAD or OPTIONS.\n");
    }
    if (req.count(http::field::if_match) != 0 && !matches(http::field::if_match))
      return text(http::status::precondition_failed, "Not that version.\n");
    if (req.count(http::field::if_none_match) != 0 && matches(http::field::if_none_match)) {
      res.result(http::status::not_modified);
      if (!drop_etag_304) res.set(http::field::etag, etag);
      return res;
    }
    res.set(http::field::etag, etag);
    auto ok = text(http::status::ok, "The document.\n");
    // A response to HEAD announces the length GET would send, without the content (§9.3.2).
    if (req.method() == http::verb::head) ok.body().clear();
    return ok;
  }
};

}  // namespace respolicy::test

#endif
