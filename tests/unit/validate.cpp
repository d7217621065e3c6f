//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/validate.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace respolicy;

TEST_CASE("validate: a 204 with content reports both rules as errors", "[validate]") {
  field_view fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"}, {"Content-Length", "3"}};
  response_view res{204, "No Content", 11, fields, /*body bytes*/ 3};
  request_context req{"GET", 11, {}};
  report rep = validate(res, &req, policy::standard());
  CHECK_FALSE(rep.ok());
  REQUIRE(rep.has("no-content-204"));
  REQUIRE(rep.has("no-content-length-1xx-204"));
  for (auto const& d : rep) {
    INFO(d);
    CHECK(d.severity == severity::error);
    CHECK_FALSE(d.message.empty());
    CHECK_FALSE(d.citation.empty());
  }
  std::ostringstream os;
  for (auto const& d : rep) os << d.rule << ' ' << d.severity << ' ' << d.citation << '\n';
  CHECK(os.str() ==
        "no-content-204 error RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3\n"
        "no-content-length-1xx-204 error RFC 9110 §8.6\n");
}
