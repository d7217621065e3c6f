//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Sets any version on a response, as a build with NDEBUG lets a handler do: Beast's debug builds
// assert 0 < version < 100, its release builds write '0' + version / 10 into the status line
// whatever the version. Compiled with NDEBUG and optimization (tests/beast/CMakeLists.txt), so
// that the setter is inlined here and the rest of the tests keep Beast's assertions.

#ifndef NDEBUG
#define NDEBUG
#endif
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

void set_raw_version(boost::beast::http::response<boost::beast::http::string_body>& res,
                     unsigned version) {
  res.version(version);
}
