//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_EXAMPLES_TESTING_HANDLER_HPP
#define RESPOLICY_EXAMPLES_TESTING_HANDLER_HPP

// The handler under test: a plain Beast handler that knows nothing of respolicy.

#include <boost/beast/http.hpp>

#include <map>
#include <string>

namespace notes {

namespace http = boost::beast::http;

/** A tiny store of notes served over HTTP: GET and HEAD /notes/{name} read a note, PUT writes one,
    DELETE removes it. */
class handler {
 public:
  http::response<http::string_body> operator()(http::request<http::string_body> const& req);

 private:
  std::map<std::string, std::string, std::less<>> notes_;
};

}  // namespace notes

#endif
