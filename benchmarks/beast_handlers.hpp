//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BENCHMARKS_BEAST_HANDLERS_HPP
#define RESPOLICY_BENCHMARKS_BEAST_HANDLERS_HPP

// The handlers, request and serializer of bench_guard and count_guard; bench_validate serializes
// with the same loop.

#include "responses.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <string>

namespace respolicy::bench {

using request = boost::beast::http::request<boost::beast::http::string_body>;
using response = boost::beast::http::response<boost::beast::http::string_body>;

inline std::string const body_512(512, 'x');

// The typical 200 of responses.hpp, with a 512-byte body and Content-Length from
// prepare_payload(), as a handler builds it.
inline response typical(request const& req) {
  namespace http = boost::beast::http;
  response res{http::status::ok, req.version()};
  for (auto const& f : typical_200_fields)
    if (f.name != "Content-Length") res.set(f.name, f.value);
  res.body() = body_512;
  res.keep_alive(req.keep_alive());
  res.prepare_payload();
  return res;
}

// The common mistake: content on a 204, which the guard repairs.
inline response no_content_with_body(request const& req) {
  namespace http = boost::beast::http;
  response res{http::status::no_content, req.version()};
  res.set(http::field::date, "Sun, 22 Nov 2026 10:00:00 GMT");
  res.body() = "deleted";
  res.content_length(res.body().size());
  return res;
}

// A browser's GET.
inline request make_request() {
  namespace http = boost::beast::http;
  request req{http::verb::get, "/index.html", 11};
  req.set(http::field::host, "example.com");
  req.set(http::field::user_agent, "bench/1.0");
  req.set(http::field::accept, "text/html");
  req.set(http::field::accept_encoding, "gzip");
  return req;
}

// Writes `res` into `out` (cleared first) with Beast's serializer, as a session's write does.
inline void serialize(response& res, std::string& out) {
  namespace beast = boost::beast;
  out.clear();
  beast::http::serializer<false, beast::http::string_body> sr{res};
  beast::error_code ec;
  do {
    sr.next(ec, [&](beast::error_code&, auto const& buffers) {
      for (auto const b : beast::buffers_range_ref(buffers))
        out.append(static_cast<char const*>(b.data()), b.size());
      sr.consume(beast::buffer_bytes(buffers));
    });
  } while (!ec && !sr.is_done());
}

}  // namespace respolicy::bench

#endif
