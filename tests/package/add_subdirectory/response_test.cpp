//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The Catch2 matchers from a respolicy built with add_subdirectory, on core views.

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <respolicy/catch2.hpp>

static_assert(RESPOLICY_MATCHERS_BEAST == 0, "the Beast adapter is not part of this build");

TEST_CASE("respolicy from add_subdirectory") {
  respolicy::field_view fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                                    {"Content-Length", "0"}};
  respolicy::response_view const unavailable{503, "Service Unavailable", 11, fields, 0};
  CHECK_THAT(unavailable, respolicy::catch2::conforms());
  CHECK_THAT(unavailable, respolicy::catch2::violates("503-retry-after"));
  CHECK_FALSE(respolicy::catch2::conforms(respolicy::policy::strict()).match(unavailable));
}
